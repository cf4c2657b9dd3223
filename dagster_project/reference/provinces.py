"""Province reference seeds, generated from the maintained packages rather than typed by hand.

`vietnamadminunits` holds the 63 legacy provinces, the 34 current ones and the
old-to-new conversion; `vietnam-provinces` confirms the 34 current codes and
their division type. Only the socio-economic region (absent from both) comes
from `regions.csv` beside this file.

Regenerate the committed seeds with `python -m dagster_project.reference.provinces`;
`tests/unit/test_province_reference.py` fails when the seeds drift from the packages.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from functools import cache
from pathlib import Path

LEGACY_ERA, CURRENT_ERA = "63", "34"
MERGER_DATE = "2025-07-01"
LEGACY_VALID_FROM, LEGACY_VALID_TO = "2008-08-01", "2025-06-30"
CITY_TYPE, PROVINCE_TYPE = "thành phố trực thuộc trung ương", "tỉnh"

PROVINCE_COLUMNS = (
    "province_key",
    "era",
    "code",
    "name_vi",
    "full_name_vi",
    "slug",
    "name_en",
    "province_type",
    "region",
    "region_en",
    "valid_from",
    "valid_to",
    "successor_key",
)


def province_key(era: str, code: str) -> str:
    """Surrogate key that names its era, because GSO codes were reused after the merger."""
    return f"vn{era}_{code}"


def ascii_slug(name: str) -> str:
    """'Bà Rịa - Vũng Tàu' -> 'ba-ria-vung-tau'."""
    folded = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_only).split())


def _english_name(name: str) -> str:
    return " ".join(part.capitalize() for part in ascii_slug(name).split("-"))


@cache
def _units(table: str) -> list[dict]:
    from vietnamadminunits.database import get_data

    rows = get_data(fields="provinceCode, province, provinceShort, provinceKey", table=table)
    unique = {r["provinceCode"]: r for r in rows}
    return [unique[c] for c in sorted(unique)]


def _conversion() -> dict[str, list[str]]:
    import vietnamadminunits

    path = Path(vietnamadminunits.__file__).parent / "data" / "converter_2025.json"
    return json.loads(path.read_text(encoding="utf-8"))["DICT_PROVINCE"]


def _regions() -> dict[str, tuple[str, str]]:
    with open(Path(__file__).with_name("regions.csv"), encoding="utf-8") as f:
        return {r["legacy_code"]: (r["region_vi"], r["region_en"]) for r in csv.DictReader(f)}


def build_succession() -> list[dict]:
    """One row per legacy province: the current province it became on 2025-07-01."""
    legacy_by_key = {u["provinceKey"]: u["provinceCode"] for u in _units("admin_units_legacy")}
    current_by_key = {u["provinceKey"]: u["provinceCode"] for u in _units("admin_units")}
    rows = []
    for new_key, old_keys in _conversion().items():
        for old_key in old_keys:
            rows.append(
                {
                    "legacy_key": province_key(LEGACY_ERA, legacy_by_key[old_key]),
                    "legacy_code": legacy_by_key[old_key],
                    "current_key": province_key(CURRENT_ERA, current_by_key[new_key]),
                    "current_code": current_by_key[new_key],
                }
            )
    return sorted(rows, key=lambda r: r["legacy_code"])


def build_provinces() -> list[dict]:
    """Every province of both eras, one row per province per era."""
    from vietnam_provinces import Province, VietNamDivisionType

    regions = _regions()
    successor = {r["legacy_code"]: r["current_key"] for r in build_succession()}
    legacy = _units("admin_units_legacy")
    legacy_code_by_name = {u["provinceShort"]: u["provinceCode"] for u in legacy}
    current_types = {f"{int(p.code):02d}": p.division_type for p in Province.iter_all()}
    rows = []
    for era, units in ((LEGACY_ERA, legacy), (CURRENT_ERA, _units("admin_units"))):
        for u in units:
            code, name = u["provinceCode"], u["provinceShort"]
            if era == LEGACY_ERA:
                is_city = u["province"].startswith("Thành phố")
                region = regions[code]
                valid = (LEGACY_VALID_FROM, LEGACY_VALID_TO)
                succ = successor[code]
            else:
                is_city = current_types[code] == VietNamDivisionType.THANH_PHO_TRUNG_UONG
                # a current province carries the region of the legacy province whose name it kept
                region = regions[legacy_code_by_name.get(name, code)]
                valid = (MERGER_DATE, "")
                succ = province_key(era, code)
            rows.append(
                {
                    "province_key": province_key(era, code),
                    "era": era,
                    "code": code,
                    "name_vi": name,
                    "full_name_vi": u["province"],
                    "slug": ascii_slug(name),
                    "name_en": _english_name(name),
                    "province_type": CITY_TYPE if is_city else PROVINCE_TYPE,
                    "region": region[0],
                    "region_en": region[1],
                    "valid_from": valid[0],
                    "valid_to": valid[1],
                    "successor_key": succ,
                }
            )
    return rows


def write_csv(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def write_seeds(seeds_dir: Path) -> None:
    write_csv(seeds_dir / "provinces.csv", PROVINCE_COLUMNS, build_provinces())


if __name__ == "__main__":
    from dagster_project.config import SEEDS_DIR

    write_seeds(SEEDS_DIR)
    print(f"wrote {SEEDS_DIR / 'provinces.csv'}")
