"""Synthetic national-scale sources for benchmarks: `dx synth --scale N --out DIR`.

Writes DIR/reports/*.txt (short plan reports in the shipped reports' style, read by the real
extractor) and DIR/facts/facts.parquet: structured facts in the extractor's column layout for all
63 legacy provinces, years 2020–2030 and every catalog indicator, with value kinds and admin levels.
Scale 1 ≈ 50 thousand facts; the fact count grows linearly with the scale. Deterministic for a seed.
The structured facts stand for the bulk of a national deployment; the benchmark loads them straight
into raw.extracted_facts (they bypass the text extractor, which is measured on the reports).
"""

from __future__ import annotations

import random
from pathlib import Path

import duckdb

from dagster_project.config import SEEDS_DIR

YEARS = range(2020, 2031)
REPORT_TEMPLATE = """Kế hoạch chuyển đổi số tỉnh {name} năm {year}

Theo đó, năm {year}, tỉnh {name} phấn đấu hoàn thành các chỉ tiêu: tỷ lệ dân số trưởng thành có điện thoại \
thông minh đạt {smartphone}%; tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt {fibre}%; tỷ lệ \
hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC đạt {dossier}%.

UBND tỉnh {name} dự kiến chi {total} tỷ đồng thực hiện {tasks} nhiệm vụ, dự án chuyển đổi số cấp tỉnh, huyện.
"""


def write_synthetic_sources(scale: float, out: Path, seed: int = 7) -> dict[str, int]:
    out = Path(out)
    (out / "reports").mkdir(parents=True, exist_ok=True)
    (out / "facts").mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    con = duckdb.connect()
    provinces = con.execute(
        f"select code, name_vi from read_csv('{SEEDS_DIR / 'provinces.csv'}', all_varchar=true) where era = '63'"
    ).fetchall()
    n_reports = max(1, round(63 * scale))
    for i in range(n_reports):
        code, name = provinces[i % len(provinces)]
        year = 2020 + (i // len(provinces)) % len(YEARS)
        text = REPORT_TEMPLATE.format(
            name=name,
            year=year,
            smartphone=rng.randint(40, 99),
            fibre=rng.randint(30, 95),
            dossier=rng.randint(20, 90),
            total=rng.randint(20, 400),
            tasks=rng.randint(10, 120),
        )
        (out / "reports" / f"synth_{i:06d}_{code}_{year}.txt").write_text(text, encoding="utf-8")
    # every (source, province, year, indicator) once: sources = ceil(scale), sampled down for scale < 1
    sources = max(1, int(scale + 0.999))
    keep = min(1.0, scale / sources)
    con.execute(f"""
        copy (
            with catalog as (select * from read_csv('{SEEDS_DIR / "indicators.csv"}', all_varchar=true)),
                 provinces as (select code, name_vi from read_csv('{SEEDS_DIR / "provinces.csv"}', all_varchar=true)
                               where era = '63'),
                 grid as (
                    select s.source, p.code, p.name_vi, y.year, c.code as indicator_code, c.fact_type, c.unit,
                           cast(hash({seed}, s.source, p.code, y.year, c.code) % 1000000007 as bigint) as h
                    from range({sources}) s(source), provinces p, range(2020, 2031) y(year), catalog c)
            select
                printf('structured_%03d_%s_%d', source, code, year) as doc_id,
                '63' as province_era, code as province_code, name_vi as province_vi, fact_type, indicator_code,
                case when indicator_code in ('work_records_online_rate', 'dx_budget', 'dx_task_count')
                     then ['', 'province', 'district', 'commune'][1 + h % 4] else '' end as admin_level,
                cast(year as varchar) as period, 'text' as period_source,
                case when fact_type = 'budget' then 'planned' when year > 2025 then 'target'
                     when h % 5 = 0 then 'estimate' else 'actual' end as value_kind,
                ['=', '=', '=', '>', '>=', '~'][1 + (h // 7) % 6] as comparator,
                case unit when 'percent' then round(10 + (h % 9000) / 100.0, 2)
                          when 'index_0_1' then round((h % 1000) / 1000.0, 3)
                          when 'rank' then 1 + h % 63
                          when 'billion_vnd' then round((h % 500000) / 100.0, 2)
                          else h % 100000 end as value,
                unit, null::double as numerator, null::double as denominator,
                'synthetic' as evidence, null::integer as char_start, null::integer as char_end
            from grid
            where (h % 1000000) < {keep} * 1000000
        ) to '{out / "facts" / "facts.parquet"}' (format parquet)
    """)
    (n_facts,) = con.execute(f"select count(*) from '{out / 'facts' / 'facts.parquet'}'").fetchone()
    con.close()
    return {"reports": n_reports, "structured_facts": n_facts}
