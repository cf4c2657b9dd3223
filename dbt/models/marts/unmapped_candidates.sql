-- Sentences that look like a measure but map to no catalog indicator, for a curator; a fact held back in
-- doubt leaves the list once a curator's `accept` has let it in.
with candidates as (
    select * from {{ ref('stg_unmapped_candidates') }}
),

accepted as (
    select
        doc_id,
        char_start,
        char_end
    from {{ ref('int_facts_corrected') }}
    where held_back is not null
)

select candidates.*
from candidates
where not exists (
    select 1 from accepted
    where
        accepted.doc_id = candidates.doc_id
        and accepted.char_start = candidates.char_start
        and accepted.char_end = candidates.char_end
)
