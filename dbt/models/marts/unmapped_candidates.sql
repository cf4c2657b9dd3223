-- Sentences that look like a measure but map to no catalog indicator, for a curator.
select * from {{ ref('stg_unmapped_candidates') }}
