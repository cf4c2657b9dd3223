"""scripts/review_batches.py: what keeps a labelled batch out of the corpus, on a small corpus built here."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("review_batches", ROOT / "scripts" / "review_batches.py")
review_batches = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(review_batches)

ARTICLE = (
    "Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 85,5%, vượt chỉ tiêu đề ra; toàn tỉnh có 1.200 tổ công nghệ số "
    "cộng đồng với hơn 7.000 thành viên tham gia hướng dẫn người dân. Tỷ lệ thanh toán trực tuyến đạt 62%, "
    "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 91,3%; 100% xã có cáp quang.\n"
)
RESOLUTION_57 = (
    "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, "
    "đổi mới sáng tạo và chuyển đổi số quốc gia"
)
GOLD_HEADER = (ROOT / "tests/fixtures/extraction/real/gold_dev.csv").read_text(encoding="utf-8").splitlines()[0]


def _doc(folder: Path, doc: str, text: str, url: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    meta = {"published": "2026-01-05", "title": "", "url": url, "outlet": "Báo X", "type": "results"}
    (folder / f"{doc}.meta.json").write_text(json.dumps(meta), encoding="utf-8")


def _batch(real: Path, name: str, gold_rows: list[str]) -> Path:
    batch = real / "batches" / name
    batch.mkdir(parents=True)
    (batch / "gold.csv").write_text("\n".join([GOLD_HEADER, *gold_rows]) + "\n", encoding="utf-8")
    (batch / "notes.md").write_text("notes\n", encoding="utf-8")
    return batch


def _corpus(tmp_path: Path) -> Path:
    real = tmp_path / "real"
    _doc(
        real / "dev",
        "r_old_01_x",
        f"Thực hiện {RESOLUTION_57}, tỉnh triển khai. " + ARTICLE,
        "https://baox.vn/bai-cu.html",
    )
    (real / "repost_sites.txt").write_text("# comment\nrepost.example\n", encoding="utf-8")
    return real


def test_a_clean_batch_has_no_problems(tmp_path):
    real = _corpus(tmp_path)
    batch = _batch(real, "b1", [])
    _doc(
        batch,
        "r_b1_01_y",
        "Một bài khác hẳn, kể về những chuyện khác không giống bài cũ chút nào cả.\n",
        "https://y.vn/moi",
    )
    assert review_batches.problems(batch, real) == []


def test_a_used_address_copied_wording_and_a_repost_site_are_reported(tmp_path):
    real = _corpus(tmp_path)
    batch = _batch(real, "b1", [])
    _doc(batch, "r_b1_01_same", "Khác. " + ARTICLE, "http://www.baox.vn/bai-cu.html?utm=1")
    _doc(batch, "r_b1_02_copy", ARTICLE, "https://m.repost.example/copy.html")
    found = review_batches.problems(batch, real)
    assert "r_b1_01_same: address already used by r_old_01_x" in found
    assert any(line.startswith("r_b1_02_copy: shares") and line.endswith("with r_old_01_x") for line in found)
    assert any(line.startswith("WARNING r_b1_02_copy: repost.example") for line in found)


def test_gold_the_checker_rejects_is_a_problem(tmp_path):
    real = _corpus(tmp_path)
    row = "r_b1_01_y,Hà Nội,34,01,indicator,dossier_online_rate,,2025,actual,=,85.5,percent,,,1,not in the text"
    batch = _batch(real, "b1", [row])
    _doc(
        batch,
        "r_b1_01_y",
        "Một bài khác hẳn, kể về những chuyện khác không giống bài cũ chút nào cả.\n",
        "https://y.vn/moi",
    )
    found = review_batches.problems(batch, real)
    assert len(found) == 1 and found[0].startswith("check_gold:")


def test_the_estimate_scores_the_batch_against_its_own_gold(tmp_path):
    real = _corpus(tmp_path)
    rows = [
        'r_b1_01_y,Hà Nội,34,01,indicator,dossier_online_rate,,2025,actual,=,85.5,percent,,,1,"đạt 85,5%"',
        'r_b1_01_y,Hà Nội,34,01,indicator,dossier_online_rate,,2025,actual,=,99,percent,,,1,"đạt 85,5%"',
    ]
    batch = _batch(real, "b1", rows)
    _doc(batch, "r_b1_01_y", "Hà Nội: năm 2025, tỷ lệ hồ sơ trực tuyến đạt 85,5%.\n", "https://y.vn/moi")
    catalog = {"dossier_online_rate"}
    assert review_batches.estimate(batch, catalog) == (1, 0, 1)
