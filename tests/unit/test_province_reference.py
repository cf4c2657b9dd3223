"""Province seeds match the maintained packages, and the merger's successions are right."""

from __future__ import annotations

import csv

from dagster_project.config import SEEDS_DIR
from dagster_project.reference.provinces import PROVINCE_COLUMNS, build_provinces


def read_seed(name):
    with open(SEEDS_DIR / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_committed_seeds_equal_what_the_packages_give():
    assert read_seed("provinces.csv") == [{c: r[c] for c in PROVINCE_COLUMNS} for r in build_provinces()]


def test_63_legacy_and_34_current_provinces():
    rows = read_seed("provinces.csv")
    assert sum(r["era"] == "63" for r in rows) == 63
    assert sum(r["era"] == "34" for r in rows) == 34
    assert len({r["province_key"] for r in rows}) == 97


def test_reused_codes_name_different_provinces_per_era():
    by_key = {r["province_key"]: r["name_vi"] for r in read_seed("provinces.csv")}
    assert by_key["vn63_52"] == "Bình Định" and by_key["vn34_52"] == "Gia Lai"
    assert by_key["vn63_91"] == "Kiên Giang" and by_key["vn34_91"] == "An Giang"
    assert by_key["vn63_24"] == "Bắc Giang" and by_key["vn34_24"] == "Bắc Ninh"


def test_known_successions():
    names = {r["province_key"]: r["name_vi"] for r in read_seed("provinces.csv")}
    succ = {names[r["province_key"]]: names[r["successor_key"]] for r in read_seed("provinces.csv") if r["era"] == "63"}
    assert len(succ) == 63
    assert succ["Kiên Giang"] == "An Giang"
    assert succ["Bình Định"] == "Gia Lai"
    assert succ["Sóc Trăng"] == "Cần Thơ"
    assert succ["Hải Dương"] == "Hải Phòng"
    assert succ["Quảng Nam"] == "Đà Nẵng"
    assert succ["Hà Nội"] == "Hà Nội"
    assert len(set(succ.values())) == 34
