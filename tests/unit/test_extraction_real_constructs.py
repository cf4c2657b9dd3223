"""The constructs real reports use, each on a sentence cut from a published text of the dev split
(tests/fixtures/extraction/real/dev/<doc>.txt, address in SOURCES.md). Test-split texts are never used here."""

from __future__ import annotations

import pytest

from dagster_project.extraction import extract_document

DEV = "tests/fixtures/extraction/real/dev"


def facts(text: str, published: str | None, title: str | None = None) -> set[tuple]:
    result = extract_document("t", text, published, title)
    return {(f.province_vi, f.indicator_code, f.admin_level, f.value_kind, f.comparator, f.value) for f in result.facts}


def test_sentences_are_real(pytestconfig):
    """Every sentence below is in its dev document, as published."""
    root = pytestconfig.rootpath
    for doc, sentence in SENTENCES.items():
        assert sentence in (root / DEV / f"{doc.split('#')[0]}.txt").read_text(encoding="utf-8"), doc


SENTENCES = {
    "r_xf4_01_national_kts#gdp": "Năm 2025 khép lại với một điểm nhấn đáng chú ý: Kinh tế số đã hiện diện rõ trong cấu "
    "trúc tăng trưởng. Kinh tế số có giá trị tăng thêm đạt khoảng 72,1 tỷ USD, tăng trưởng 14,6% và đóng góp hơn 14% "
    "GDP, theo Cục Thống kê.",
    "r_xf4_01_national_kts#average": "Tỷ trọng giá trị tăng thêm của kinh tế số tăng từ 12,87% GDP năm 2021 lên 14,02% "
    "năm 2025; bình quân cả giai đoạn khoảng 13,2%, trong đó khu vực kinh tế số lõi chiếm 8,13%, còn phần số hóa các "
    "ngành khác chiếm 5,05%.",
    "r_xe2_04_bariavungtau_phuong4_trap#ward": "Tại UBND phường 4, TP.Vũng Tàu, toàn bộ thông tin và thủ tục giải "
    "quyết thủ tục hành chính đều được thực hiện trên môi trường mạng. Cán bộ, công chức của phường đều thành thạo "
    "các phần mềm quản lý văn bản, chữ ký số, thư điện tử công vụ, giúp tỷ lệ xử lý văn bản, hồ sơ trực tuyến "
    "đạt 100%.",
    "r_xe2_01_dongnai#due": "Theo kế hoạch, đến năm 2030, quy mô kinh tế số của tỉnh sẽ chiếm khoảng 35-37% GRDP "
    "và tăng lên 50% GRDP vào năm 2045.",
    "r_xe2_02_tayninh#compared": "Theo đó, Tây Ninh xếp thứ 40/63 tỉnh, thành phố trong cả nước với 0,5638 điểm, tăng "
    "4 bậc so với năm 2021 (xếp thứ 44 với 0,3426 điểm).",
    "r_dtp_01_tuyenquang#compared": "Theo đó kết quả công bố, tỉnh Tuyên Quang xếp hạng chuyển đổi số năm 2023 thứ "
    "38/63 tỉnh, thành phố, tăng 10 bậc so với năm 2022, tăng 20 bậc so với năm 2021 (giá trị DTI chung đạt 0,6735).",
    "r_xe4_01_hochiminh#ti": "Trên Cổng Dịch vụ công quốc gia, TP. HCM đạt 11,0/18 điểm mức độ hài lòng (tương đương "
    "61,11%); tỉ lệ hài lòng với xử lý phản ánh, kiến nghị đạt 100%; tỉ lệ hài lòng trong tiếp nhận, giải quyết thủ "
    "tục hành chính đạt 77,76%.",
    "r_xd1_05_camau_tpcamau#city": "Ðược đánh giá là một trong những đơn vị đi đầu trong công tác chuyển đổi số (CÐS), "
    "thời gian qua, TP Cà Mau luôn quan tâm, chỉ đạo quyết liệt, kịp thời, thông suốt nhiệm vụ CÐS",
    "r_xd1_05_camau_tpcamau#invoices": "Cùng với đó, thành phố đã vận động doanh nghiệp sử dụng hoá đơn điện tử "
    "đạt 100%",
    "r_xd4_02_quangnam#scheme": "Đề án gồm 31 nhiệm vụ với tổng kinh phí 901 tỷ đồng",
    "r_xd2_02_thainguyen#by_end": "Theo kế hoạch đến hết năm 2025, bảo đảm tỷ lệ trên 90% tổng số hồ sơ công việc tại "
    "cấp tỉnh; trên 80% tổng số hồ sơ công việc tại cấp huyện và trên 60% tổng số hồ sơ công việc tại cấp xã được xử "
    "lý trên môi trường mạng",
    "r_zr5_02_longan_ranks#as_of": "Tính đến cuối năm 2023, Cổng dịch vụ công trực tuyến của tỉnh cung cấp trên 1.570 "
    "dịch vụ công; tỷ lệ nộp hồ sơ trực tuyến toàn tỉnh đạt gần 96%",
    "r_xd2_02_thainguyen#axes": "Đặc biệt, 03 trục là chính quyền số, kinh tế số và xã hội trong báo cáo kết quả đánh "
    "giá chuyển đổi số cấp bộ, cấp tỉnh năm 2020 của Bộ Thông tin và Truyền thông, Thái Nguyên xếp hạng 12/63 tỉnh, "
    "thành phố, trong đó trụ cột Chính quyền số cao thứ 3/63 tỉnh",
    "r_xd2_05_haiduong#bodies": "Theo kết quả đánh giá chỉ số chuyển đổi số (DTI) cấp sở, cấp huyện trên địa bàn tỉnh "
    "Hải Dương năm 2023, Ban Quản lý các khu công nghiệp tỉnh đứng cuối bảng xếp hạng cấp sở.",
    "r_xd2_05_haiduong#first": "So với đơn vị đứng đầu bảng xếp hạng là Sở Thông tin và Truyền thông, Ban Quản lý các "
    "khu công nghiệp tỉnh có khoảng cách điểm tổng khá lớn, kém 119,41 điểm",
    "r_xc1_03_vinhlong#signed": "Qua đó, 100% văn bản điện tử luân chuyển giữa các cơ quan hành chính nhà nước trên "
    "địa bàn tỉnh đều được ký số",
    "r_xb3_02_laocai#signature": "hơn 10% dân số trưởng thành có chữ ký số cá nhân – những điều kiện trực tiếp giúp "
    "người dân, doanh nghiệp tiếp cận dịch vụ công và thương mại điện tử thuận tiện hơn.\n\nGiai đoạn 2026–2030, Lào "
    "Cai phấn đấu hạ tầng số toàn diện, 100% thôn, tổ dân phố phủ sóng băng rộng, tỷ lệ phủ sóng 5G đạt tối thiểu 90%",
    "r_zy2_05_hanoi#heading": "1. Tỷ lệ hồ sơ trực tuyến còn thấp vì yêu cầu tiền kiểm và chứng thực giấy tờ\n\nDù "
    "thành phố đã công bố nhiều thủ tục đủ điều kiện trực tuyến toàn trình, tỷ lệ hồ sơ phát sinh mới đạt 18,55%",
    "r_zbx_02_thainguyen#all_villages": "toàn bộ các xóm trong tỉnh Thái Nguyên đã được cung cấp dịch vụ Internet băng "
    "thông rộng cáp quang",
    "r_rsd_07_thainguyen#the_district": "Chúng tôi hiện đã cung cấp đến 23/23 xã của huyện dịch vụ Internet cáp quang "
    "băng thông rộng và độ phủ đạt gần 100% số xóm",
    "r_xb4_01_thanhhoa#accounts": "Tính đến hết tháng năm 2024, Thanh Hóa có gần 400 cây ATM, gần 5 triệu tài khoản "
    "thanh toán của cá nhân",
    "r_xb3_01_toantrinh2024#including": "Theo đó, cả nước có 8 cơ quan, địa phương đạt tỷ lệ hồ sơ trực tuyến toàn "
    "trình trên 50%, bao gồm: Bộ Tài chính, Bộ Tư pháp, Bộ Lao động - Thương binh và Xã hội, Bảo hiểm xã hội Việt "
    "Nam và các tỉnh Hà Nam, Đà Nẵng, Hà Giang và Nam Định",
    "r_xb1_01_hoabinh#two_levels": "Đến nay, tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng của các cơ quan "
    "quản lý Nhà nước duy trì ở mức cao, vượt chỉ tiêu đã đề ra. Đối với cấp tỉnh, cấp huyện đạt trên 95%, cấp xã đạt "
    "trên 85%",
    "r_zv5_03_ninhthuan#two_levels": "100% hồ sơ công việc cấp huyện, cấp tỉnh, 90% hồ sơ công việc cấp xã được xử lý "
    "trên môi trường mạng",
    "r_xa1_04_daklak#and": "Theo quy hoạch, đến năm 2030, Đắk Lắk đặt ra mục tiêu GRDP bình quân đầu người đạt 131 "
    "triệu đồng. Kèm theo đó là tốc độ tăng trưởng kinh tế bình quân hàng năm 11% và tỷ trọng kinh tế số đạt 20%",
    "r_xa4_02_daknong#communes": "Theo báo cáo của tỉnh Đắk Nông, đến nay, 71/71 xã, phường, thị trấn được kết nối cáp "
    "quang đến trung tâm",
    "r_xa4_02_daknong#villages": "585/624 thôn, bon, buôn, tổ dân phố được kết nối băng rộng cố định (đạt tỷ lệ 93,8%)",
    "r_zcs_01_danang#trained": "hướng dẫn kỹ năng số cho người dân 4/7 quận, huyện và 30/56 phường, xã",
    "r_xa3_01_tayninh#network": "Tỉ lệ hồ sơ qua môi trường mạng chiếm hơn 90%",
    "r_xa2_01_tayninh#place": "tỷ lệ doanh nghiệp nhỏ và vừa trên địa bàn tỉnh sử dụng nền tảng số là 3,6%",
    "r_xa4_03_daknong_tamthang#village": "Thôn 3, xã Tâm Thắng, huyện Cư Jút (Đắk Nông) trở thành thôn thông minh đầu "
    "tiên theo bộ tiêu chí xã nông thôn mới (NTM) kiểu mẫu của tỉnh Đắk Nông.\n\nĐến nay, việc đầu tư xây dựng hạ tầng "
    "số của thôn 3, xã Tâm Thắng khá đồng bộ.",
    "r_xa4_03_daknong_tamthang#signed": "văn bản được ký số (trừ văn bản mật) đạt 100%",
    "r_zra_05_langson#floor": "Trong đó, kinh tế số chiếm khoảng 20% GRDP của tỉnh, tỷ trọng kinh tế số trong từng "
    "ngành, lĩnh vực đạt tối thiểu 10%",
    "r_zm3_02_binhthuan#signed": "100% văn bản trao đổi giữa các cơ quan nhà nước từ cấp tỉnh đến cấp xã sử dụng văn "
    "bản điện tử có chữ ký số",
    "r_zk3_01_haiduong#steering": "12/12 huyện, thị xã, thành phố đã ban hành Quyết định thành lập Tổ chỉ đạo triển "
    "khai công nghệ số cộng đồng cấp huyện với 357 thành viên tham gia. 235/235 xã, phường, thị trấn đã ban hành quyết "
    "định thành lập tổ công nghệ số cộng đồng cấp thôn/khu dân cư với 1.340 tổ và 6.891 thành viên",
    "r_zk2_04_grdp_trap#bands": "Năm 2022, trong số 63 tỉnh, thành phố trực thuộc trung ương có 5 tỉnh, thành phố có "
    "tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP đạt hơn 20%",
    "r_inf_03_dienbien#households": "đạt tỷ lệ 48% hộ gia đình có kết nối Internet",
    "r_zk4_03_longan_kiengiang#teams": "Có thể nói, đây là kết quả của sự phối hợp tích cực của hơn 5.500 thành viên "
    "từ 996 tổ công nghệ số cộng đồng, được triển khai từ tháng 5-2022. Các hoạt động này đã góp phần quan trọng vào "
    "việc nâng cao chỉ số chuyển đổi số (DTI) của tỉnh từ vị trí 16/63 tỉnh thành trên cả nước năm 2021 lên vị trí "
    "10/63 năm 2022",
    "r_zk4_03_longan_kiengiang#procedures": "đảm bảo 100% thủ tục hành chính có thể được tiếp nhận trực tuyến",
    "r_zk4_01_soctrang#full": "Tỷ lệ dịch vụ công toàn trình của tỉnh đạt 62.92%",
    "r_zk1_01_thanhhoa#centre": "Theo thống kê từ Trung tâm Phục vụ hành chính công tỉnh, trong ngày đầu tiên vận "
    "hành mô hình mới, toàn tỉnh đã tiếp nhận 1.095 hồ sơ thủ tục hành chính, đứng thứ 4 cả nước về số lượng hồ sơ "
    "phát sinh trong ngày. Trong đó, 1.050 hồ sơ được nộp trực tuyến qua Cổng dịch vụ công quốc gia, chỉ 45 hồ sơ nộp "
    "trực tiếp.\n\nTại cấp xã, các Trung tâm Phục vụ hành chính công tiếp nhận 339 hồ sơ (24 hồ sơ trực tiếp, 315 hồ "
    "sơ trực tuyến)",
    "r_zsv_05_nghean#issued": "Triển khai Nghị quyết 57 của Bộ Chính trị, tỉnh Nghệ An đã thành lập Ban Chỉ đạo cấp "
    "tỉnh do đồng chí Bí thư Tỉnh ủy làm Trưởng ban; Ban hành Kế hoạch hành động của Tỉnh ủy và UBND tỉnh cụ thể hóa 6 "
    "nhiệm vụ trọng tâm, 8 nhóm giải pháp đột phá",
    "r_zsv_05_nghean#fibre": "Nghệ An được xem là điểm sáng trong chuyển đổi số khu vực Bắc Trung Bộ: Tỷ lệ phủ sóng "
    "di động gần 100%, hạ tầng cáp quang đến hơn 99% thôn/bản",
    "r_svx_03_thanhhoa#digitised": "Đáng chú ý, 90% hồ sơ giải quyết thủ tục hành chính sẽ được số hóa",
    "r_zrh_02_cantho_kh2025#digitise": "số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực",
    "r_zq4_06_nghean#horizons": "tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc "
    "tổ chức được phép khác năm 2025 đạt 80%, năm 2030 trên 95%",
    "r_zq3_04_vinhphuc_dti2020#density": "Mục tiêu đến hết năm 2022, tối thiểu 70% hộ gia đình có cáp quang, phủ sóng "
    "băng rộng di động tới 100% thôn/bản, số thuê bao băng rộng di động/100 dân đạt tối thiểu 85 thuê bao",
    "r_zq3_01_binhphuoc#moves": "Chỉ số CĐS cấp tỉnh (DTI) của Bình Phước có sự bứt phá mạnh mẽ khi vươn từ vị trí 25 "
    "(năm 2020) lên hạng 9 (năm 2021) và duy trì hạng 13 (năm 2023)",
    "r_zq3_03_vinhphuc_hatang#bodies": "Hiện nay, 100% cơ quan, đơn vị các cấp trên địa bàn tỉnh được trang bị máy "
    "tính, mạng LAN, kết nối Internet băng thông rộng cố định phục vụ công tác chuyên môn",
    "r_zr7_03_backan_hatang#span": "Từ tháng 10/2023, UBND tỉnh ban hành Kế hoạch phát triển hạ tầng số giai đoạn "
    "2023 - 2025, trong đó xác định phát triển đồng bộ hạ tầng viễn thông băng rộng; sử dụng dịch vụ viễn thông; "
    "hạ tầng điện toán đám mây; hạ tầng công nghệ số và nền tảng số với các chỉ tiêu chủ yếu:\n\nTỷ lệ thôn, bản "
    "được phủ băng rộng di động đạt 100%; tỷ lệ thôn, bản được phủ băng rộng cố định (cáp quang FTTH) đạt 100%",
    "r_zrg_01_thanhhoa#average": "Giai đoạn 2021 - 2025 năng suất lao động tăng bình quân hàng năm 9,6% trở lên",
    "r_zz1_04_daklak#parts": "Trong đó, dịch vụ công trực tuyến toàn trình có 688 TTHC (chiếm 39,65%), dịch vụ công "
    "trực tuyến một phần có 790 TTHC (45,53%), dịch vụ công cung cấp thông tin có 257 TTHC (14,82%). Tỷ lệ triển khai "
    "dịch vụ công trực tuyến toàn trình của tỉnh đạt 100% TTHC đủ điều kiện cung cấp toàn trình",
    "r_zz1_05_thuathienhue#ttkdtm": "Theo đề án đẩy mạnh TTKDTM, Thừa Thiên Huế phấn đấu đến năm 2025 sẽ có 100% các "
    "bệnh viện, trường học, các đơn vị cung cấp dịch vụ điện, nước, viễn thông và truyền thông trên địa bàn tỉnh phối "
    "hợp với các ngân hàng, tổ chức cung ứng dịch vụ trung gian thanh toán để thu học phí, viện phí, tiền điện... bằng "
    "phương thức TTKDTM",
    "r_zz3_05_vinhlong_tambinh#operator": "Viễn thông Tam Bình đang quản lý 122.180 thuê bao điện thoại sử dụng 5 mạng "
    "viễn thông Vinaphone, MobiFone, Gtel, Viettel, VN Mobile.",
    "r_zz3_05_vinhlong_tambinh#district": "Hiện tại, trên địa bàn huyện có 154 trạm BTS của 5 nhà mạng phủ sóng giáp "
    "132/132 ấp- khóm",
    "r_zy2_02_ninhbinh#lead": "HĐND tỉnh Ninh Bình khóa XV đã thông qua Nghị quyết phân bổ ngân sách năm 2026, năm "
    "ngân sách đầu tiên sau sáp nhập, với trọng tâm bảo đảm an sinh xã hội và đầu tư mạnh cho chuyển đổi số từ cơ sở",
    "r_zy2_02_ninhbinh#total": "Tổng chi ngân sách địa phương là 87.638 tỷ đồng, trong đó bội chi ngân sách địa phương "
    "được kiểm soát chặt chẽ ở mức 160,1 tỷ đồng",
    "r_zy3_01_quangtri#because": "cho thấy người dân và doanh nghiệp chưa thật sự hài lòng về mức độ CĐS cấp tỉnh "
    "trong năm 2020 bởi 80% nguồn số liệu đánh giá, khảo sát đo lường chỉ số CĐS cấp tỉnh được thực hiện theo phương "
    "pháp báo cáo, điều tra xã hội học",
    "r_zy3_01_quangtri#lead": "Theo kết quả xếp hạng chỉ số chuyển đổi số (CĐS) cấp tỉnh năm 2020 do Bộ Thông tin và "
    "Truyền thông (TT&TT) công bố vào cuối tháng 10/2021, Quảng Trị xếp thứ 56/63 tỉnh, thành phố cả nước.",
    "r_zy3_01_quangtri#pillars": "Theo đó, năm 2020, Quảng Trị xếp thứ 56/63 tỉnh, thành về chỉ số CĐS cấp tỉnh với "
    "điểm số trung bình là 0,2493. Trong đó, điểm số các thành phần là: Chính quyền số 0,2803 (xếp hạng 57); Kinh tế "
    "số 0,2109 (xếp hạng số 53) và Xã hội số 0,2464 (xếp hạng 47)",
    "r_zy1_04_thainguyen_ct2025#items": "Theo đó, mục tiêu cơ bản đến năm 2025 gồm:\n- Phát triển chính quyền số, nâng "
    "cao hiệu quả, hiệu lực hoạt động\nTrên 90% dịch vụ công trực tuyến mức độ 4, được nâng cấp trên nhiều phương tiện "
    "truy cập khác nhau, bao gồm cả thiết bị di động.\nTrên 90% tổng số hồ sơ công việc tại cấp tỉnh; trên 80% tổng số "
    "hồ sơ công việc tại cấp huyện và trên 60% tổng số hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng",
    "r_zlm_06_tiengiang#teams": "các đơn vị địa phương có 8.007 thành viên hoạt động tại 1.249 tổ công nghệ số cộng "
    "đồng trên địa bàn Tiền Giang",
    "r_zx3_01_haiduong_thanhha#districts": "So với đơn vị đứng đầu bảng xếp hạng chuyển đổi số cấp huyện là Gia Lộc, "
    "huyện Thanh Hà kém 49,85 điểm tổng",
    "r_zx4_01_hochiminh#horizon": "Kinh tế số đóng góp 40% vào GRDP (tổng sản phẩm trên địa bàn) của thành phố vào "
    "năm 2030",
    "r_zx1_05_travinh#envelope": "Tỉnh Trà Vinh đang thực hiện dự án nâng cấp, mở rộng hạ tầng kỹ thuật công nghệ "
    "thông tin đáp ứng yêu cầu triển khai chính quyền điện tử (giai đoạn 1), với tổng kinh phí gần 48 tỷ đồng",
    "r_dec_05_tuyenquang#productivity": "Với việc phát triển kinh tế số đến năm 2025 Tuyên Quang tập trung vào "
    "các nhiệm vụ thúc đẩy doanh nghiệp chuyển đổi số, phấn đấu đạt một số mục tiêu, như năng suất lao động tăng "
    "bình quân từ 5%/năm, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt 7% trở lên",
    "r_zw1_02_phutho#hsskdt": "Hiện nay, Sở Y tế tỉnh Phú Thọ đã khởi tạo thành công gần 1,4 triệu HSSKĐT cho người "
    "dân trên địa bàn tỉnh (đạt 90%)",
    "r_zw2_02_yenbai#accounts": "Theo Sở Thông tin và Truyền thông (TTTT), đến nay, số tài khoản ngân hàng khách "
    "hàng cá nhân đạt 532.347 tài khoản",
    "r_zw3_01_kontum_national#portal": "Cổng dịch vụ công quốc gia đã cung cấp hơn 4.500 dịch vụ công trực tuyến: có "
    "16,39 triệu tài khoản; 328 triệu hồ sơ đồng bộ, 28,8 triệu giao dịch thanh toán trực tuyến với số tiền 14.528 tỷ "
    "đồng; đã cung cấp 43/76 dịch vụ công thiết yếu",
    "r_zre2_08_angiang2021#portal": "Đến cuối tháng 12/2020, Cổng dịch vụ công trực tuyến của tỉnh An Giang cung cấp "
    "1.968 dịch vụ, trong đó có 573 dịch vụ mức độ 3 và 244 dịch vụ mức độ 4",
    "r_zr9_06_haiduong#info": "trong đó có 335 dịch vụ công trực tuyến toàn trình, 664 dịch vụ công trực tuyến một "
    "phần, 961 dịch vụ cung cấp thông tin trực tuyến",
    "r_inf_02_bariavungtau#over100": "tỷ lệ hộ gia đình có Internet cáp quang đạt 105,48%; tỷ lệ thuê bao điện thoại "
    "di động sử dụng smartphone đạt 97,5% dân số",
    "r_zv4_03_hatinh#teams": "Chỉ trong một thời gian ngắn, hơn 130 tổ chuyển đổi số cấp xã, phường và hơn 500 tổ ở "
    "các thôn, tổ dân phố đã ra đời",
    "r_zv5_01_phuyen#level34": "Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ "
    "đạt từ 50% trở lên",
    "r_zv1_06_langson_tocnscd#accounts": "ứng dụng thanh toán điện tử 256.620 tài khoản, đạt 171% kế hoạch; tài khoản "
    "mua trên sàn thương mại điện tử 267.600 tài khoản, đạt 194% kế hoạch",
    "r_inf_04_hue#5g": "Theo Sở Khoa học và Công nghệ, đến nay, trên địa bàn đã có 352 trạm BTS 5G được đưa vào vận "
    "hành, trong đó Viettel chiếm 324 trạm, VNPT 18 trạm và Mobifone 10 trạm",
    "r_zrm_01_hochiminh#count": "Số hồ sơ đã giải quyết hơn 2,471 triệu hồ sơ, đang giải quyết hơn 107.300 hồ sơ",
    "r_zu6_03_hochiminh_qa#horizons": "Thành phố đặt mục tiêu năm 2024 nâng mức đóng góp của kinh tế số là 22%, "
    "đến 2025 là 25%, đến năm 2030 là 40%",
    "r_zu1_02_cantho_dothithongminh#digital": "thành phố phấn đấu 100% thủ tục hành chính được giải quyết không "
    "phụ thuộc địa giới hành chính, trong đó tối thiểu 90% hồ sơ được xử lý hoàn toàn trên môi trường số",
    "r_zu3_05_hanoi_nq57#synced": "Tính từ 1/7 đến hết 12/11/2025, thành phố có 1.243.294 hồ sơ được tiếp nhận và giải "
    "quyết, tỷ lệ đồng bộ lên Cổng Dịch vụ công quốc gia đạt 100%",
    "r_zu2_01_quangbinh#of1000": "Chỉ số đánh giá chuyển đổi số (DTI) của tỉnh đạt 541,46/1.000 điểm, "
    "xếp thứ 46/63 tỉnh",
    "r_dpl_08_hagiang_ict#level4": "tỷ lệ dịch vụ công trực tuyến mức độ 4 đạt 80,62%",
    "r_zrk_07_vinhphuc#integrated": "100% dịch vụ công trực tuyến mức độ 4 phổ biến, liên quan tới nhiều người dân, "
    "doanh nghiệp được tích hợp trên Cổng dịch vụ công quốc gia",
    "r_zrl_04_thaibinh#subscribers": "Đến nay, tổng số thuê bao điện thoại trên địa bàn toàn tỉnh là hơn 1 triệu 300 "
    "nghìn thuê bao, tăng 2000 thuê bao điện thoại so với cùng kỳ năm 2014.",
    "r_zrk_03_vinhlong#one_stop": "Hệ thống thông tin Một cửa điện tử hiện đại đã triển khai tại 100% sở, ban, ngành "
    "cấp tỉnh, 100% UBND cấp huyện, 25,68% UBND cấp xã (28/107 đơn vị).",
    "r_zrk_06_dti2020_national#but": "TP Hà Nội tuy đề ra các mục tiêu cụ thể với quyết tâm chuyển đổi số cao, tuy "
    "nhiên xếp hạng DTI 2020 vẫn ở vị trí 43.",
    "r_zrk_06_dti2020_national#last": 'Ninh Thuận là địa phương xếp cuối cùng, với chỉ 0,2108 điểm, nhóm "đội sổ" '
    "còn có Phú Yên và Cao Bằng.",
    "r_zrk_05_haiphong_dti2020#pillars": "Hải Phòng đứng thứ 33 trong xếp hạng Chính quyền số, thứ 20 trong xếp hạng "
    "Kinh tế số và thứ 14 trong xếp hạng Xã hội số",
    "r_zr8_03_thanhhoa_nq57#lead": "Trong quá trình thực hiện Nghị quyết 57, tính đến nay, Thanh Hóa đã có 11/54 chỉ "
    "tiêu đặt ra cho năm 2025 tăng so với thời điểm ban hành kế hoạch.",
    "r_rsd_06_thanhhoa#signatures": "Về chữ ký số, đã cấp phát gần 538 nghìn chữ ký điện tử cho người dân, đạt tỷ lệ "
    "26,3%",
    "r_zrh_02_cantho_kh2025#identified": "100% người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được cấp định "
    "danh và xác thực điện tử thông suốt và hợp nhất trên tất cả các hệ thống thông tin của các cấp chính quyền",
    "r_egv_05_bacninh#signed": "đảm bảo 100% kết quả giải quyết thủ tục hành chính bản điện tử phải được ký số của cơ "
    "quan đơn vị có thẩm quyền",
    "r_zrj_04_ninhthuan_national#growth": "Kinh tế số 6 tháng đầu năm ước đạt tăng trưởng 22,4% và tỷ trọng kinh tế "
    "số trong GDP ước đạt 18,3%.",
    "r_zrj_01_khanhhoa_dti2022#pillars": "Xếp hạng chính quyền số: 44/63 tỉnh, thành phố (giảm 10 bậc so với năm "
    "2021); xếp hạng kinh tế số: 30/63 tỉnh, thành phố (tăng 02 bậc so với năm 2021) và xếp hạng xã hội số: 36/63 "
    "tỉnh, thành phố (giảm 03 bậc so với năm 2021)",
    "r_zrh_01_cantho#results": "Theo đánh giá của Sở Thông tin và Truyền thông TP Cần Thơ, CÐS của thành phố trong 4 "
    "tháng đầu năm 2024 đạt một số kết quả tích cực; chất lượng giải quyết thủ tục hành chính của địa phương ngày càng "
    "được cải thiện.",
    "r_zrh_01_cantho#rate": "tổng số lượng hồ sơ trực tuyến là 104.756/150.594 (đạt tỷ lệ 69%)",
    "r_zr9_07_hanoi#communes": "cụ thể các xã, phường tiếp nhận tối thiểu 60% hồ sơ TTHC qua hình thức trực tuyến, "
    "trong đó ít nhất 20% được thực hiện toàn trình, hoàn thành trước 30/7/2025",
    "r_zrd2_02_travinh#fees": "tối thiểu 60% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được người dân, doanh "
    "nghiệp thanh toán bằng hình thức trực tuyến",
    "r_zr9_01_binhduong#tthc": "Hệ thống thông tin giải quyết thủ tục hành chính (TTHC) tỉnh cung cấp được 1.352/1.886 "
    "TTHC trực tuyến",
    "r_zra_01_haugiang#reports": "100% báo cáo định kỳ, báo cáo thống kê về kinh tế - xã hội phục vụ sự lãnh đạo, chỉ "
    "đạo, điều hành của thường trực Tỉnh ủy, Ủy ban nhân dân tỉnh được thực hiện qua hệ thống báo cáo của tỉnh",
    "r_zrg_01_thanhhoa#horizons": "Đặc biệt, Nghị quyết đặt ra chỉ tiêu đến 2025, kinh tế số của Thanh Hoá chiếm 20% "
    "trở lên trong GRDP của tỉnh và đến 2030 sẽ là 30% trở lên",
    "r_zrf_03_binhphuoc#transactions": "mục tiêu của tỉnh phấn đấu đến cuối năm nay là số lượng và giá trị giao dịch "
    "thanh toán không dùng tiền mặt trong các bệnh viện, cơ sở y tế trên địa bàn đạt 50%",
    "r_zrf_05_binhthuan_quangnam#then": "Đồng thời, hỗ trợ chủ thể đưa 180 sản phẩm OCOP lên sàn thương mại điện "
    "tử Post mart.",
    "r_zrf_01_nghean#platforms": "Theo đó, mục tiêu của kế hoạch trong năm 2022 là 100 sản phẩm OCOP (sản phẩm truyền "
    "thống, có lợi thế ở khu vực nông thôn) đáp ứng tiêu chí 3 sao trở lên được đưa lên 2 sàn thương mại điện tử",
    "r_zrd2_05_yenbai#sync": "Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia (DVCQG) đạt 90,46%",
    "r_zrd2_03_kontum#dues": "Trong đó, về thanh toán trực tuyến nghĩa vụ tài chính về đất đai phát sinh trong quý III "
    "là 1.183 giao dịch thành công với tổng số tiền thanh toán trực tuyến gần 3,148 tỷ đồng; về thanh toán trực tuyến "
    "phí, lệ phí trong giải quyết TTHC phát sinh 3.412 giao dịch thành công với tổng số tiền thanh toán trực tuyến "
    "304,443 triệu đồng.",
    "r_zrb_03_hochiminh#points": "Trong quý 3, thành phố đạt nhóm chỉ số mức độ hài lòng trên Cổng Dịch vụ công quốc "
    "gia là 17,94/18 điểm, đạt tỷ lệ 99,66%.",
    "r_zrb_03_hochiminh#feedback": "Đáng chú ý, tỷ lệ hài lòng trong xử lý phản ánh kiến nghị đạt 99,00%, tỷ lệ "
    "hài lòng trong tiếp nhận giải quyết TTHC đạt 91,72%.",
    "r_zrc_01_sonla#years": "Cụ thể: Năm 2020 (xếp hạng 51 chỉ số 0,2613); Năm 2021 (xếp hạng 43 chỉ số 0,3438); Năm "
    "2022 (xếp hạng 44, chỉ số 0,5478).",
    "r_zre2_08_angiang2021#levels": "Đến cuối tháng 12/2020, Cổng dịch vụ công trực tuyến của tỉnh An Giang cung cấp "
    "1.968 dịch vụ, trong đó có 573 dịch vụ mức độ 3 và 244 dịch vụ mức độ 4.",
    "r_zrd2_04_quangngai#services": "80% dịch vụ công trực tuyến một phần và toàn trình có phát sinh hồ sơ trực tuyến",
    "r_zrd2_02_travinh#remote": "Năm 2023, tỉnh Trà Vinh đặt mục tiêu tối thiểu 50% hồ sơ thủ tục hành chính được "
    "người dân, doanh nghiệp thực hiện trực tuyến",
    "r_zrd2_01_ninhbinh#post": "- Toàn tỉnh đã tiếp nhận và trả 8.121 hồ sơ qua dịch vụ bưu chính công ích.",
    "r_zrd2_01_ninhbinh#pending": "- Tổng số hồ sơ phải xử lý là 101.843 hồ sơ (bao gồm 1.989 hồ sơ kỳ trước).",
    "r_zr9_07_hanoi#must": "Trung tâm Phục vụ Hành chính công Thành phố phải tiếp nhận tối thiểu 80% hồ sơ trực tuyến, "
    "với ít nhất 20% toàn trình, cùng thời hạn hoàn thành.",
    "r_zr5_02_longan_ranks#portal": "Tính đến cuối năm 2023, Cổng dịch vụ công trực tuyến của tỉnh cung cấp trên 1.570 "
    "dịch vụ công;",
    "r_zra_01_haugiang#grassroots": "Năm 2022, Hậu Giang đặt mục tiêu 90% hồ sơ công việc tại cấp tỉnh, 80% hồ sơ công "
    "việc tại cấp huyện và 60% hồ sơ công việc tại cấp cơ sở được xử lý trên môi trường mạng",
    "r_zr7_05_yenbai_hatang#fixed": "Trong 6 tháng đầu năm, Yên Bái đã hoàn thành xóa 39 vùng “lõm” sóng, “trắng” sóng "
    "3G, 4G; hạ tầng mạng cố định băng rộng được phủ tới 100% xã/phường, thị trấn; dịch vụ mạng di động 4G được phủ "
    "sóng trên 98,5% thôn, bản, tăng 0,7% so với năm 2023.",
    "r_zr8_06_daknong#4g": "Đối với hạ tầng số: Số lượng xã, phường, thị trấn được kết nối cáp quang đến trung tâm: "
    "71/71 Phủ sóng 4G đến 98% thôn, buôn, bon: 698 đơn vị (tăng 08 đơn vị so với năm 2021);",
    "r_zr9_06_haiduong#kinds": "Trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh cung cấp 1.960 thủ tục "
    "hành chính; trong đó có 335 dịch vụ công trực tuyến toàn trình, 664 dịch vụ công trực tuyến một phần, 961 dịch vụ "
    "cung cấp thông tin trực tuyến.",
    "r_zr8_03_thanhhoa_nq57#nq57": "Nổi bật, tỷ lệ người dân có khả năng sử dụng băng rộng cố định tốc độ trên 1 Gb/s "
    "đạt 25%, tăng 5% và hoàn thành gần 42% kế hoạch.",
    "r_zr8_03_thanhhoa_nq57#tasks": "Đồng thời, tỉnh đã triển khai 43 nhiệm vụ khoa học và công nghệ cấp tỉnh, hoàn "
    "thành 86% chỉ tiêu, số doanh nghiệp khởi nghiệp sáng tạo đạt 22 đơn vị, tiến sát mốc 40% chỉ tiêu giao.",
    "r_zr8_03_thanhhoa_nq57#added": "số doanh nghiệp công nghệ số trên 1.000 dân tăng thêm 47 doanh nghiệp, đạt 86% kế "
    "hoạch.",
    "r_zra_03_yenbai#meeting": "Sáng 29/3, tỉnh Yên Bái tổ chức Hội nghị về công tác chuyển đổi số kết nối trực tuyến "
    "đến 9 điểm cầu các huyện, thành thị và 173 điểm cầu tại các xã, phường, thị trấn.",
    "r_zra_03_yenbai#par": "Năm 2021, Yên Bái đứng thứ 27/63 trong bảng xếp hạng chuyển đổi số quốc gia (DTI), tăng 13 "
    "bậc so với năm 2020; về chỉ số phát triển chính quyền điện tử, chính quyền số trong công tác cải cách hành chính "
    "(Par Index) tỉnh Yên Bái đứng thứ 6/63 tỉnh, thành phố tăng 6 bậc so với năm 2020.",
    "r_zr4_01_thaibinh#egov": "Trên cơ sở đó ngày 13/9/2018 của UBND tỉnh có Quyết định số 2299/QĐ-UBND vềviệc phê "
    "duyệt Thiết kế thi công và tổng dự toán của Dự án: Đầu tư xây dựng, hoàn thiện nền tảng Chính quyền điện tử tỉnh "
    "Thái Bình, với tổng mức đầu tư: 45.000.000.000 đồng",
    "r_zr5_05_quangnam_songanh#first": "Đứng đầu là Sở NN&PTNT, đạt chỉ số DTI 95,26%; đứng cuối cùng là Sở Ngoại vụ, "
    "đạt chỉ số DTI 90,33%.",
    "r_zr4_06_travinh_ntm#set": "Tỉnh này đặt mục tiêu năm 2023, Chương trình mục tiêu quốc gia xây dựng nông thôn "
    "mới được tổ chức đồng bộ, thống nhất trên nền tảng công nghệ số. Ít nhất 30% hồ sơ công việc cấp tỉnh, 25% hồ sơ "
    "công việc cấp huyện và 20% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.",
    "r_zct_01_danang#beyond": "Theo đánh giá của Bộ TT&TT, năm 2023, kinh tế số của Đà Nẵng chiếm tỷ trọng 20,69% "
    "GRDP, vượt chỉ tiêu năm 2025 là 20%. Hiện Đà Nẵng có 2,3 doanh nghiệp công nghệ số/1.000 dân",
    "r_zr4_02_thaibinh_scp#public": "Hội đồng Nhân dân tỉnh Thái Bình vừa thông qua kế hoạch đầu tư công trung hạn "
    "nguồn ngân sách trung ương giai đoạn 2021 – 2025 gần 5.580 tỷ đồng.",
    "r_zr3_03_lamdong#grdp": "Kinh tế số chiếm 25–30% GRDP, kinh tế tư nhân đóng góp 78% GRDP – cho thấy hướng đi "
    "quyết liệt vào đổi mới mô hình tăng trưởng và năng suất lao động.",
    "r_zr2_02_kiengiang#trained": "Năm 2023, Sở đã phối hợp với các đơn vị có liên quan tổ chức tập huấn cho các Tổ "
    "Công nghệ số cộng đồng trên địa bàn tỉnh Kiên Giang sử dụng các nền tảng số với gần 3.000 thành viên tham gia tập "
    "huấn.",
    "r_zr1_01_thaibinh#done": "10/16 mục tiêu Chuyển đổi số của tỉnh đã hoàn thành.",
    "r_zr1_01_thaibinh#detail": "Trong đó, 100% dịch vụ công trực tuyến mức độ 4 hoặc toàn trình, 100% các cơ sở dữ "
    "liệu dùng chung được kết nối, chia sẻ trên toàn tỉnh, 90% tổng số hồ sơ công việc tại cấp tỉnh;",
    "r_zr5_02_longan_ranks#years": "Chỉ số chuyển đổi số của Long An tăng dần qua các năm (năm 2020 xếp hạng 27, năm "
    "2021 xếp thứ 21, năm 2022 đứng thứ 11 trong 63 tỉnh, thành phố trên cả nước).",
    "r_zr5_02_longan_ranks#cited": "Nghị quyết số 21-NQ/TU, ngày 20/8/2021 của Ban Thường vụ Tỉnh ủy",
    "r_tbx_03_binhphuoc#services": "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 100% ; Tỷ lệ hồ "
    "sơ thủ tục hành chính xử lý hoàn toàn trực tuyến (toàn trình) đạt 75%",
    "r_dti_08_bentre": "Theo đó, về xếp hạng chung, Bến Tre xếp hạng thứ 31/63 tỉnh thành, tăng 2 bậc so với năm 2020.",
    "r_dti_02_travinh": "DTI cấp tỉnh năm 2022, Đà Nẵng có năm thứ 3 liên tiếp dẫn đầu, TP.HCM và Quảng Ninh lần lượt "
    "xếp thứ 2 và 3.",
    "r_dtn_02_dti34": "Đáng chú ý, Thanh Hóa, Điện Biên, Hà Tĩnh giữ vị trí thứ 5, 6, 7 với giá trị DTI sát nút các "
    "tỉnh, thành lớn.",
    "r_res_05_danang": "5 tỉnh có số hồ sơ trực tuyến thấp nhất lần lượt gồm: Bạc Liêu (7,4%), Sơn La (8,3%), "
    "Nghệ An (8,6%), Bình Thuận (9,3%), Quảng Ngãi (9,7%).",
    "r_eco_04_bacninh": "Tỉnh Bắc Ninh đặt mục tiêu đến năm 2030, kinh tế số chiếm tối thiểu 35% GRDP; tỷ trọng "
    "kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%.",
    "r_bud_03_kiengiang": "(KGO) – Tổng kinh phí thực hiện chuyển đổi số của tỉnh Kiên Giang giai đoạn 2021-2023 là "
    "197,3 tỷ đồng.",
    "r_res_04_hanam": "Các tỉnh, thành còn lại đều đạt tỷ lệ dưới 50%, trong đó Hà Nội và TP Hồ Chí Minh thuộc nhóm "
    "thấp nhất, chỉ đạt dưới 10%.",
    "r_dta_02_vinhlong": "Báo cáo DTI 2021 của Bộ Thông tin và Truyền thông cho thấy, giá trị trung bình DTI cấp tỉnh "
    "là 0,4014 (tăng 32,7% so với năm 2020).",
    "r_plb_01_phuyen": "80% hồ sơ công việc tại UBND tỉnh, các sở, ban, ngành và 70% hồ sơ công việc tại cấp huyện, "
    "60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng",
    "r_svb_02_dongnai": "trong đó 10/17 sở, ngành đạt trên 90%, 3/11 huyện, thành phố đạt trên 30% hồ sơ trực tuyến",
    "r_eco_03_danang": "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt hơn 80% (đến năm 2030 đạt 100%).",
    "r_eco_02_hochiminh": "Năm 2022, tỷ lệ đóng góp của KTS cho GRDP của Thành phố ước đạt 18,66%.",
    "r_tbk_07_danang_dti2020": "Theo báo cáo chỉ số đánh giá chuyển đổi số của các bộ, cơ quan ngang bộ, cơ quan "
    "thuộc Chính phủ và các tỉnh, thành phố trực thuộc Trung ương do Bộ Thông tin và "
    "Truyền thông công bố, Đà Nẵng được xếp hạng nhất về chuyển đổi số 2020 cấp tỉnh, thành "
    "và giữ vị trí dẫn đầu ở cả 3 trụ cột Chính quyền số, Kinh tế số và Xã hội số, với giá "
    "trị 0,4874.",
    "r_dtp_04_haiduong": "Thứ hạng về chính quyền số, kinh tế số, xã hội số của tỉnh so với cả nước lần lượt là 22, 9, "
    "13.",
    "r_rsd_03_hatinh": "Năm 2022, Hà Tĩnh đứng thứ hai toàn quốc về tỷ lệ cấp thẻ Căn cước công dân và tỷ lệ kích hoạt "
    "định danh điện tử; chỉ số chuyển đổi số cấp tỉnh (DTI), xếp thứ 37/63 tỉnh thành phố trên cả "
    "nước (tăng 22 bậc so với năm 2021).",
    "r_nwd_02_phutho": "Tỷ lệ hồ sơ nộp trực tuyến của tỉnh duy trì ở mức 90 - 93%, thuộc nhóm cao nhất cả nước",
    "r_nwb_07_ninhbinh": "hơn 1.000 tình nguyện viên thanh niên tham gia hỗ trợ người dân tiếp cận dịch vụ công trực "
    "tuyến",
    "r_plc_04_angiang": "Vốn đầu tư toàn xã hội gần 650.000 tỷ đồng.",
    "r_plc_10_langson2022": "Một số mục tiêu cụ thể: năm 2022 phấn đấu kinh tế số chiếm từ 10% GRDP của tỉnh, năng "
    "suất lao động hằng năm tăng tối thiểu 7%, tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ đạt 7%, tỷ "
    "lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%, tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt "
    "75%, 100% người dân và doanh nghiệp được Trợ lý ảo hỗ trợ thực hiện thủ tục hành chính, 100% các bệnh viện "
    "tuyến tỉnh, huyện kết nối với bệnh viện tuyến trên",
    "r_svd_04_quangninh": "cấp tỉnh thực hiện số hóa 57.877 hồ sơ đầu vào (đạt 99,1%); cấp huyện thực hiện số hoá "
    "134.139 hồ sơ đầu vào (đạt 99,3%)",
    "r_svx_06_vinhphuc": "100% TTHC đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công "
    "trực tuyến toàn trình",
    "r_soc_01_smartphone63#2": "Hải Phòng là địa phương có tỷ lệ dân số trưởng thành sử dụng smartphone cao nhất với "
    "78,4%. Đứng thứ hai là Đà Nẵng với 77,8%, TP. HCM đạt 75,7% và Hà Nội đạt 74,5%.",
    "r_p26_01_cantho": "2.1. Giai đoạn 2026 - 2027\na) Cung cấp dịch vụ số bao trùm, thông minh:\n- 100% dịch vụ công "
    "trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện;",
    "r_egv_05_bacninh": "đảm bảo từ ngày 01/8/2021, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng hàng tháng "
    "đạt 90% tại cấp tỉnh, 85% tại cấp huyện, 80% tại cấp xã.",
    "r_svx_04_thaibinh": "Các hồ sơ cơ bản được giải quyết đúng và trước hạn, trong đó số hồ sơ giải quyết trước hạn "
    "chiếm tỷ lệ cao, tỷ lệ hồ sơ giải quyết quá hạn chỉ chiếm 0,01%",
    "r_svb_02_dongnai#2": "tích hợp Cổng thanh toán trực tuyến đối với 276 thủ tục trực tuyến cấp sở có phát sinh phí, "
    "lệ phí",
    "r_y25_02_hue": "Sau 3 năm triển khai Nghị quyết 12-NQ/TU của Tỉnh ủy (nay là Thành ủy), thành phố Huế liên tục "
    "giữ vững vị trí top 5 chỉ số chuyển đổi số toàn quốc, trong đó xếp thứ 2 năm 2021, thứ 4 năm 2022, thứ 3 năm 2023 "
    "và thứ 2 năm 2024.",
    "r_svx_01_camau": "kết quả, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của tỉnh đạt 82,41% (trong "
    "đó, cấp tỉnh đạt 79,25%; cấp xã đạt 85,35%)",
    "r_y25_03_sonla": "100% xã đã có mạng cáp quang",
    "r_y25_03_sonla#2": "Trong đó có: 13 nhiệm vụ cấp bách có thời hạn hoàn thành trước ngày 30/6/2025; 19 nhiệm vụ "
    "đột phá có thời gian thực hiện từ ngày 1/7/2025 đến 31/12/2025",
    "r_soc_01_smartphone63": "Trong khi đó, các địa phương có tỷ lệ người trưởng thành sử dụng smartphone thấp là Sơn "
    "La với 58,3%, Điện Biên với 57,6%, Lai Châu với 56,6% và Hà Giang là 56,1%.",
    "r_ltb_01_grdp_top5": "Theo báo cáo thường niên kinh tế số Việt Nam 2022, 5 địa phương có tỷ trọng kinh tế số trên "
    "GRDP (tổng sản phẩm trên địa bàn) đạt hơn 20% là Bắc Ninh, Thái Nguyên, Bắc Giang, Hải Phòng và Vĩnh Phúc.",
    "r_soc_08_thanhhoa_thieuhoa": "Đến nay xã đã có 25.736/36.845 người dân trong độ tuổi trưởng thành có tài khoản "
    "định danh điện tử VNeID mức độ 2, đạt 69,85%",
    "r_ltb_08_quangtri_766": "Cụ thể, kết quả từ Bộ chỉ số phục vụ người dân và doanh nghiệp trên bảng xếp hạng toàn "
    "quốc ghi nhận tỉnh Quảng Trị đạt tổng 77,65/100 điểm, đứng thứ hai cả nước.",
    "r_tbx_05_travinh": "- Mục tiêu cơ bản đến năm 2025:\n\n+ Tỷ trọng kinh tế số chiếm trên 10% GRDP của tỉnh; "
    "năng suất lao động tăng bình quân trên 11,5%/năm;\n\n+ Tỷ trọng kinh tế số trong từng "
    "ngành, lĩnh vực đạt tối thiểu 10%;",
    "r_tbx_05_travinh#2": "- Mục tiêu cơ bản đến năm 2030:\n\n+ Tỷ trọng kinh tế số đạt 30% GDP;\n\n+ Tỷ trọng "
    "kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%;",
    "r_tbx_07_soctrang": "Phấn đấu đến năm 2030, Sóc Trăng hoàn thành chuyển đổi số đồng bộ trên phạm vi toàn tỉnh",
    "r_tbx_07_soctrang#2": "Khi đó, 100% hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh; 90% đối với "
    "cấp huyện; 70% đối với cấp xã;",
    "r_bdx_03_haugiang": "Tỉnh dành kinh phí cho mỗi huyện, thị, thành phố 1 tỷ đồng, mỗi xã 100 triệu đồng để chuyển "
    "đổi số",
    "r_dpl_03_bacgiang": "Năm 2020, trong 3 chỉ số cấu thành thì Bắc Giang có trục chính quyền số đứng thứ 7, kinh "
    "tế số đứng thứ 14, xã hội số đứng thứ 25 trên 63 tỉnh, TP thì chỉ số tương ứng năm 2021 "
    "vừa được công bố lần lượt xếp hạng 15, 9 và 9.",
    "r_dec_02_camau": "Tỷ lệ doanh nghiệp sử dụng họp đồng điện tử đạt trên 80%.",
    "r_cmx_09_haiphong": "Trên cơ sở đó, 1.579 trong tổng số 1.937 dịch vụ công trực tuyến đã được tích hợp lên Cổng "
    "Dịch vụ công quốc gia, đạt tỷ lệ 81,5%",
    "r_yre_06_tiengiang_dti": "Cụ thể, đối với công tác CCHC, kết quả công bố Chỉ số CCHC của tỉnh năm 2022 đạt "
    "82,58 điểm, xếp hạng 53/63 tỉnh, thành phố; tăng 09 bậc so với năm 2021;",
    "r_yre_07_binhduong": "Bình Dương vinh dự dẫn đầu 63 tỉnh, thành phố cả nước về dịch vụ công trực tuyến với tỷ lệ "
    "giải quyết đúng hạn 98,01%...",
    "r_yre_08_longan_tocns": "Trong đợt này, 188 đội sẽ được triển khai để hướng dẫn sử dụng dịch vụ công trực tuyến, "
    'cài đặt VneID, ứng dụng "Long An Số", cài đặt chữ ký số miễn phí.',
    "r_yre_02_dvctt_q3_2024": "Về cung cấp DVCTT toàn trình: Đến tháng 9/2024, triển khai cung cấp DVCTT toàn trình "
    "đạt tỷ lệ 55,5%, trong đó khối bộ đạt tỷ lệ 59,7%, khối tỉnh đạt tỷ lệ 55,4%. Một số "
    "bộ, ngành bộ, ngành đã triển khai rất tốt với 100% DVCTT toàn trình như Bộ Công Thương; "
    "Giáo dục và Đào tạo; Lao động - Thương binh và Xã hội; Thông tin và Truyền thông. Một "
    "số địa phương triển khai rất tốt DVCTT toàn trình như Đà Nẵng đạt 95,6%; Cà Mau đạt "
    "92%; Tây Ninh: 92% ...",
    "r_rsd_04_kontum": "Số lượng hồ sơ trực tuyến của quý I năm 2023 bằng trên 90% số hồ sơ trực tuyến của cả năm 2021 "
    "và bằng 205,6% số hồ sơ trực tuyến của quý I năm 2022 trên địa bàn tỉnh.",
    "r_bdb_03_thainguyen": "Thái Nguyên dự chi hơn 2.300 tỷ đồng thực hiện Đề án chuyển đổi số",
    "r_qab_08_quangngai": "Theo đánh giá, Quảng Ngãi xếp thứ 17/63 về chính quyền số, xếp thứ 17/63 về kinh tế số và "
    "đứng thứ 15/63 về xã hội số.",
    "r_tbk_01_danang_dti2023": "Đà Nẵng xếp thứ nhất trong 5/8 chỉ số chính, bao gồm nhận thức số, thể chế số, nhân "
    "lực số, an toàn thông tin mạng và hoạt động chính quyền số. Đồng thời, thành phố tiếp "
    "tục đứng đầu cả 3 trụ cột chuyển đổi số, gồm chính quyền số, kinh tế số và xã hội số.",
    "r_svc_01_bentre": "Tại tỉnh, thực hiện chủ trương của Bộ Thông tin và Truyền thông, các cấp đơn vị hành chính "
    "tỉnh đã ban hành nhiều quyết định thành lập 1.111 Tổ CNSCĐ với 10.195 thành viên và hiện đang "
    "tiếp tục kiện toàn.",
    "r_dtr_03_baclieu": "Thực tế cho thấy, các nội dung về chuyển đổi số (CĐS) của Bạc Liêu đạt ở mức cơ bản đầy đủ, "
    "nhưng vẫn chưa đạt yêu cầu, chỉ số CĐS (DTI) năm 2021 và 2022 lần lượt đứng thứ 63 và 60/63 "
    "tỉnh, thành cả nước.",
    "r_bdb_05_quangninh": "Các kế hoạch hành động quan trọng như Kế hoạch số 28/KH-UBND, Kế hoạch số 34/KH-UBND ngày "
    "3/2/2025 của UBND tỉnh với 39 nhiệm vụ và 14 dự án trọng tâm…",
    "r_eco_03_danang#2": (
        "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10% (đến năm 2030 đạt tối thiểu 20%, riêng "
        "ngành du lịch và tài chính - ngân hàng, thương mại điện tử đạt tối thiểu 30%); tỷ lệ doanh nghiệp sử dụng "
        "hợp đồng điện tử đạt hơn 80% (đến năm 2030 đạt 100%)."
    ),
    "r_bud_01_danang": (
        "Ngày 3/9, UBND TP Đà Nẵng cho biết, lãnh đạo UBND TP Đà Nẵng đã phê duyệt chủ trương đầu tư dự án Phát triển "
        "nền tảng số phục vụ chính quyền số hình thành nền hành chính chủ động với tổng mức đầu tư tối đa 360 tỷ "
        "đồng."
    ),
    "r_ecb_04_vinhlong": (
        "Theo đó, đến năm 2025, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%, trong đó ưu tiên các "
        "lĩnh vực nông nghiệp, du lịch, công nghiệp chế biến. Tỉnh có 100% sản phẩm OCOP được đưa trên các sàn thương "
        "mại điện tử nội địa"
    ),
    "r_mek_09_binhduong": (
        "Từ đó, nhiều chỉ số quan trọng đã có sự cải thiện trên bảng xếp hạng như: xếp hạng 02/63 tỉnh thành về mức độ "
        "hài lòng của người dân, doanh nghiệp về chất lượng cung cấp dịch vụ công trực tuyến,  xếp hạng 19/63 tỉnh "
        "thành về Bộ chỉ số đánh giá chuyển đổi số DTI."
    ),
    "r_hcm_08_hanoi": (
        "Thành phố sẽ cần phải đạt được vào năm 2030 như: Tỷ trọng kinh tế số trong GRDP Hà Nội trên 40%. Tỷ trọng "
        "kinh tế số từng ngành, lĩnh vực tối thiểu 20%. Năng suất lao động tăng tối thiểu 8%..."
    ),
    "r_mek_10_bentre": (
        "Thống kê lũy kế từ ngày 1-1 đến 14-11-2024, tổng số dịch vụ công trực tuyến (DVCTT) của tỉnh là 1.542/1.871, "
        "gồm: 1.036 DVCTT toàn trình và 506 DVCTT một phần"
    ),
    "r_pln_10_phutho": "Cáp quang băng rộng được cung cấp đến 100% cơ quan nhà nước và gần 80% hộ gia đình.",
    "r_dtn_02_dti34#2": (
        "Nếu xét chỉ số trước khi sáp nhập, thứ hạng sẽ thay đổi đáng kể giữa các tỉnh, thành - với TP.HCM đứng đầu "
        "và TP Đà Nẵng giữ vị trí thứ 2."
    ),
    "r_tbk_09_hanoi_dti2024_thanhnien": (
        "Trong số 34 tỉnh, thành phố sau sáp nhập, Hà Nội dẫn đầu cả nước về chỉ số chuyển đổi số."
    ),
    "r_nor_05_hagiang#points": (
        "Hệ thống hội nghị giao ban trực tuyến tỉnh Hà Giang được triển khai với quy mô 241 điểm cầu từ cấp tỉnh kết "
        "nối đến các xã"
    ),
    "r_bdb_06_cantho#tasks": (
        "Tháng 6 vừa qua, UBND TP đã ban hành danh mục nhiệm vụ chuyển đổi số trọng tâm tại một số Sở, ngành, địa "
        "phương với 33 nhiệm vụ"
    ),
    "r_y25_02_hue#filed": "91% hồ sơ của người dân, doanh nghiệp được nộp trực tuyến",
    "r_y25_03_sonla#households": "tỷ lệ hộ có điện thoại thông minh đạt trên 96%",
    "r_dtp_10_thainguyen_2024#map": (
        "Theo công bố mới đây của Bộ Khoa học và Công nghệ, kết quả Chỉ số chuyển đổi số (Digital Transformation "
        "Index - DTI) năm 2024 đã phản ánh 'bức tranh' toàn diện về tiến trình chuyển đổi số của các bộ, ngành và "
        "địa phương trong cả nước. Trong bảng xếp hạng này, tỉnh Thái Nguyên xếp vị trí thứ 8 toàn quốc"
    ),
    "r_zsv_02_gialai#shared": (
        "Trong lĩnh vực doanh nghiệp, 67% doanh nghiệp nhỏ và vừa ứng dụng nền tảng số, 100% doanh nghiệp sử dụng "
        "hóa đơn điện tử và nộp thuế điện tử"
    ),
    "r_zsv_02_gialai#years": (
        "Xếp hạng chuyển đổi số của tỉnh tăng từ vị trí 62/63 tỉnh thành năm 2022 lên vị trí 55/63 tỉnh thành năm 2024."
    ),
    "r_zec_06_quangtri#range": ("vốn đầu tư thực hiện trên địa bàn đạt 500 - 520 nghìn tỷ đồng"),
    "r_zsv_03_laocai#coverage": (
        "Hạ tầng viễn thông hiện nay đảm bảo 1.533/1.562 (98%) trung tâm thôn, tổ dân phố được phủ sóng băng rộng di "
        "động 3G, 4G. Về hạ tầng truy cập internet, hiện nay, 1.336/1.562 (85,5%) thôn, tổ dân phố có hạ tầng cáp "
        "quang phục vụ truy cập internet."
    ),
    "r_zsv_08_hue#and": (
        "Nhờ được đầu tư, tỷ lệ thuê bao băng rộng di động/100 dân đạt 84,31% và tỷ lệ hộ gia đình có kết nối internet "
        "băng rộng cáp quang đạt 83,19%"
    ),
    "r_bdx_02_bentre#plan": (
        "Tổng kinh phí thực hiện Đề án gần 1.300 tỷ đồng, từ nguồn vốn ngân sách trong kế hoạch trung hạn giai đoạn "
        "2021-2025, nguồn đầu tư của doanh nghiệp, khu vực tư nhân, cộng đồng và các nguồn kinh phí hợp pháp khác"
    ),
    "r_svd_05_vinhphuc_2024#offered": (
        "Trên địa bàn tỉnh đang cung cấp 1.474 thủ tục hành chính dịch vụ công trực tuyến trong đó có 596 thủ tục hành "
        "chính một phần và 878 thủ tục hành chính toàn trình."
    ),
    "r_zdg_06_tiengiang#rise": (
        "Trong 20 ngày (từ ngày 20-8 đến 8-9-2023), toàn tỉnh đã thu nhận tài khoản định danh điện tử trên 195.300 "
        "hồ sơ, tăng trên 202% hồ sơ"
    ),
    "r_zrd_02_danang#growth": (
        "Trong đó, ngành CNTT có tốc độ tăng trưởng cao (bình quân hơn 20%/năm), trở thành một trong những ngành kinh "
        "tế quan trọng của thành phố"
    ),
    "r_zcm_05_thanhhoa#levels": (
        "Từ việc vận hành mô hình chính quyền địa phương 2 cấp đến sự ra đời của các “Tổ công nghệ số cộng đồng”, xã "
        "Thắng Lợi đang xây dựng một hệ sinh thái số bền vững"
    ),
    "r_zdg_01_khanhhoa#frame": (
        "Theo kế hoạch 4205, mục tiêu đề ra là: Năm 2022, 50% trường học, cơ sở giáo dục trên địa bàn tỉnh lắp đặt, "
        "sử dụng các phương thức thanh toán không dùng tiền mặt để thanh toán học phí và các giao dịch khác"
    ),
    "r_zrd_04_hochiminh#maps": (
        "Theo đó, thứ hạng chuyển đổi số TP.HCM dẫn đầu nhóm 63 tỉnh, thành và xếp thứ 4 trong nhóm 34 tỉnh, thành "
        'sau hợp nhất, thể hiện rõ nét sự phát triển toàn diện và mở rộng quy mô của "siêu đô thị" sau sáp nhập.'
    ),
    "r_zrd_04_hochiminh#subindex": (
        "Sở Khoa học và Công nghệ TP.HCM cho biết TP.HCM đứng đầu ở các tiêu chí về nhận thức số và thể chế số"
    ),
    "r_zdg_03_quangninh#signed": (
        "trên 98% văn bản hành chính được trao gửi, nhận giữa các cơ quan hành chính nhà nước của tỉnh dưới dạng văn "
        "bản điện tử có sử dụng chữ ký số"
    ),
    "r_zsk_01_quangninh#accounts": (
        "Đến hết tháng 9/2024, trên địa bàn tỉnh Quảng Ninh đã có hơn 3,4 triệu tài khoản cá nhân"
    ),
    "r_zsk_05_dienbien#mobile": (
        "Tính đến hết năm 2022, có 5 doanh nghiệp cung cấp dịch vụ viễn thông, 06 doanh nghiệp cung cấp dịch vụ bưu "
        "chính, sóng thông tin di động (3G, 4G) đã được phủ đến 100% trung tâm các xã, phường, thị trấn và 94,5% khu "
        "vực có dân cư sinh sống"
    ),
    "r_ecb_01_danang#january": (
        "Kinh tế số đóng góp 20,69% GRDP thành phố, hoàn thành chỉ tiêu trước 02 năm so với Nghị quyết về Chuyển đổi "
        "số của thành phố"
    ),
    "r_zct_07_danang#pillars": (
        "Giá trị DTI Đà Nẵng năm 2022 đạt 0,8002 điểm, tăng 0,1583 điểm so với năm 2021. Tại xếp hạng năm nay, Đà Nẵng "
        "dẫn đầu cả 3 trụ cột: chính quyền số, kinh tế số và xã hội số"
    ),
    "r_zct_07_danang#average": (
        "Theo báo cáo DTI 2022, giá trị trung bình DTI 2022 cấp tỉnh là 0,5786, tăng 44,1% so với năm 2021 (0,4014), "
        "trong đó 32/63 tỉnh, thành phố (chiếm 50,8%) có giá trị DTI 2022 trên mức trung bình."
    ),
    "r_zct_05_hue#oneof": (
        "năm 2023, hoạt động chuyển đổi số và kinh tế số của Thừa Thiên Huế đã đạt được những kết quả đáng ghi nhận, "
        "tiếp tục là một trong những địa phương dẫn đầu về chỉ số Chuyển đổi số (DTI)"
    ),
    "r_zct_01_danang#households": "Đà Nẵng có 99% hộ dân đã có điện thoại thông minh",
    "r_zct_01_danang#abbreviations": (
        "Đà Nẵng có 97% thủ tục hành chính (TTHC) được triển khai dưới dạng dịch vụ công trực tuyến (DVCTT) toàn trình"
    ),
    "r_zct_02_hochiminh#per1000": (
        "Trong đó, về kinh tế số ICT, TP HCM là địa phương có tỉ lệ doanh nghiệp công nghệ số/1.000 dân cao nhất cả "
        "nước với tỉ lệ đạt 3,1"
    ),
    "r_zpy_04_vinhphuc#respective": (
        "Đồng thời số hóa kết quả giải quyết thủ tục hành chính đang còn hiệu lực và có giá trị sử dụng thuộc thẩm "
        "quyền cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng là 30%, 20%, 15%"
    ),
    "r_zpy_01_khanhhoa#payments": ("500 lượt giao dịch thanh toán trực tuyến với số tiền hơn 35,8 tỷ đồng"),
    "r_zpy_01_khanhhoa#ontime": (
        "Tỷ lệ giải quyết hồ sơ thủ tục hành chính (TTHC) đúng hạn của khối cơ quan chuyên môn cấp tỉnh, UBND cấp "
        "huyện, UBND cấp xã cũng đạt 99,37%"
    ),
    "r_rsd_04_kontum#dossiers": (
        "Trong quý I năm 2023 (tính từ ngày 15/12/2022 đến 14/3/2023), các cơ quan, đơn vị, địa phương trên địa bàn "
        "tỉnh đã tiếp nhận 56.039 hồ sơ thông qua Hệ thống thông tin giải quyết thủ tục hành chính (TTHC) của tỉnh."
    ),
    "r_svx_04_thaibinh#dossiers": (
        "5 tháng đầu năm 2023, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận và giải quyết 22.498 hồ sơ trực "
        "tuyến."
    ),
    "r_svd_02_vinhphuc#dossiers": (
        "Tháng 3/2023, số lượng hồ sơ TTHC được tiếp nhận tại các sở, ngành, địa phương tăng so với tháng trước với "
        "hơn 36.700 hồ sơ tiếp nhận mới, tuy nhiên, tỷ lệ hồ sơ TTHC được giải quyết đúng và trước hạn vẫn đạt mức "
        "cao, ở cấp tỉnh đạt 99%, cấp huyện, thành phố đạt 97,7%."
    ),
    "r_svd_01_bacninh#dossiers": (
        "Trong tháng 10, các Sở, ban, ngành tiếp nhận gần 8.500 hồ sơ, trong đó 7.660 hồ sơ tiếp nhận trực tuyến, "
        "đạt tỷ lệ 90%"
    ),
    "r_res_04_hanam#dossiers": (
        "Theo số liệu từ hệ thống giám sát, đo lường Chính phủ số (EMC), trong năm 2024, Hà Nam đã xử lý trực tuyến "
        "toàn trình 68,54% trong tổng số 168.000 hồ sơ thủ tục hành chính. Đà Nẵng (58,89%), Hà Giang (55,76%) và "
        "Nam Định (52,96%) là những địa phương xếp sau."
    ),
    "r_inf_03_dienbien#networks": (
        "sóng thông tin di động (3G, 4G) đã được phủ đến 100% trung tâm các xã, phường, thị trấn và gần 95% khu vực "
        "có dân cư sinh sống; có 510 tuyến cáp quang với tổng chiều dài 3.350 km, kết nối đến 100% trung tâm các xã, "
        "phường, thị trấn và 88,5% cấp thôn/bản"
    ),
    "r_bud_09_laichau#mobile": (
        "Đến tháng 5, Lai Châu đã phủ sóng băng rộng di động tại 95% thôn bản và Internet cáp quang 80%."
    ),
    "r_dtn_09_gialai#mobile": (
        "Gia Lai đã phủ cáp quang đến 100% xã, độ phủ sóng di động và băng rộng di động đạt 100% tại các trung tâm xã, "
        "phường và 99,9% tại các thôn, làng."
    ),
    "r_nwp_04_lamdong#localities": (
        "Cùng với đó, toàn kiện Tổ Công nghệ số cộng đồng tại các địa phương với 142/142 tổ ở cấp xã được thành lập"
    ),
    "r_svb_02_dongnai#integrated": (
        "thực hiện tích hợp dịch vụ công trực tuyến trên Cổng Dịch vụ công Quốc gia: 1.127 dịch vụ công trực tuyến"
    ),
    "r_zct_03_hanoi#integrated": (
        "đã cung cấp 1.389 thủ tục hành chính triển khai dịch vụ công trực tuyến tích hợp trên Cổng dịch vụ công quốc "
        "gia"
    ),
    "r_zhl_03_ninhthuan#plan": (
        "Tổng vốn đầu tư toàn xã hội khoảng 22.710 tỷ đồng, đạt 102,3% KH (KH 22.200 tỷ đồng), tăng 15,3% so cùng kỳ"
    ),
    "r_zke_02_quangninh#users": (
        "Mục tiêu xa hơn, đến năm 2030, Quảng Ninh sẽ nâng cấp hạ tầng mạng truy cập băng thông rộng cố định, đảm bảo "
        "100% người sử dụng có thể truy nhập với tốc độ trên 1Gb/s, mạng băng thông rộng di động 5G phủ sóng 100% dân "
        "số"
    ),
    "r_zxa_02_angiang#bodies": (
        "Một bước tiến quan trọng là 100% các cơ quan, đơn vị, địa phương đã công bố, công khai và cập nhật mã định "
        "danh điện tử của cơ quan, tổ chức trên Cổng dịch vụ công quốc gia và Trục liên thông văn bản quốc gia theo "
        "đúng quy định"
    ),
    "r_zxa_01_tayninh#eligible": (
        "Tính đến cuối tháng 12/2025, toàn tỉnh có 1.192 thủ tục hành chính (TTHC) đủ điều kiện cung cấp dịch vụ công "
        "trực tuyến toàn trình, trong đó đã cung cấp 1.134 thủ tục, đạt tỷ lệ 95,13%."
    ),
    "r_zke_06_danang_hoithao#streak": (
        "Những năm qua, Đà Nẵng liên tiếp 4 năm dẫn đầu cả nước về chỉ số chuyển đổi số (DTI), 5 năm liền được vinh "
        "danh “Thành phố thông minh tiêu biểu”."
    ),
    "r_zke_03_thainguyen#estimate": (
        "tổng doanh thu kinh tế số trên địa bàn tỉnh ước tính cả năm 2024 là 711,6 nghìn tỷ đồng"
    ),
    "r_svx_05_gialai#all": (
        "Đáng chú ý, chỉ tiêu giao cho 13 sở, ban của tỉnh và UBND các xã, phường đối với tỷ lệ cấp kết quả điện tử, "
        "tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến, tỷ lệ thủ tục hành chính cung cấp thanh toán "
        "trực tuyến có phát sinh giao dịch thanh toán trực tuyến đều ở mức 100%"
    ),
    "r_zbg_07_danang#rate": (
        "ngân sách thành phố sẽ hỗ trợ hoạt động cho Tổ công nghệ số cộng đồng và Đề án 06 tại các thôn, tổ dân phố "
        "trên địa bàn Đà Nẵng với mức tối đa là 3 triệu đồng/tổ/năm"
    ),
    "r_zbg_05_quangngai#invest": (
        "Theo đó, tổng số tiền đầu tư thực hiện chuyển đổi số của tỉnh Quảng Ngãi đợt này (đợt 2) trên 27 tỷ đồng"
    ),
    "r_zbg_03_angiang#spent": (
        "Chương trình có 53 dự án, nhiệm vụ với dự toán hơn 389 tỷ đồng; có 23/53 dự án, nhiệm vụ được triển khai với "
        "tổng kinh phí sử dụng hơn 56 tỷ đồng (tỷ lệ 14,4%)"
    ),
    "r_zvb_05_quangnam#districts": (
        "Với kết quả đạt được, Chủ tịch UBND tỉnh biểu dương các địa phương đã có cách làm hay, sáng tạo, tích cực tạo "
        "lập được nhiều hồ sơ, tài khoản và đạt tỷ lệ kích hoạt cao như: Nông Sơn (tạo lập hồ sơ đạt 115,34%, tỷ lệ "
        "kích hoạt đạt 51,19%), Đại Lộc (tạo lập hồ sơ đạt 103,2%, tỷ lệ kích hoạt đạt 41,8%)"
    ),
    "r_zcx_04_camau#eth": (
        "Triển khai thí điểm, ngay từ ban đầu, 48 đơn vị cấp xã, phường, thị trấn thành lập 364 tổ CNSCÐ với 1.729 "
        "thành viên"
    ),
    "r_zcx_05_angiang#fibre": (
        "Hiện, Internet cáp quang tốc độ cao đã đến 100% trung tâm xã, phường, thị trấn; Internet di động băng rộng "
        "phủ sóng 100% khóm, ấp"
    ),
    "r_ecb_03_vinhphuc#two": (
        "100% cơ sở giáo dục, cơ sở y tế đã triển khai các giải pháp thanh toán không dùng tiền mặt"
    ),
    "r_zag_01_gialai#tmdt": (
        "Tại Gia Lai, doanh số TMĐT hàng năm (tính cả hàng hóa và dịch vụ tiêu dùng trực tuyến) tăng trung bình khoảng "
        "20%/năm, chiếm khoảng 8% tổng mức bán lẻ hàng hóa và doanh thu dịch vụ của toàn tỉnh"
    ),
    "r_zag_06_thanhhoa#ocop": (
        "Thanh Hóa đã có 196 sản phẩm OCOP, nhiều sản phẩm OCOP đã được đưa lên sàn thương mại điện tử, phát triển "
        "mạnh kinh tế nông nghiệp, nâng cao đời sống người dân"
    ),
    "r_zag_04_lamdong#targets": (
        "có 4/4 chỉ tiêu cơ bản đã đạt và vượt kế hoạch hỗ trợ phát triển TMĐT cũng như các nhiệm vụ khác mà Lâm Đồng "
        "được giao đều đang được triển khai thực hiện"
    ),
    "r_zhn_06_thainguyen#bts": (
        "Hiện tại có 7 doanh nghiệp cung cấp dịch vụ viễn thông với 1.830 điểm thu phát sóng điện thoại di động (trạm "
        "BTS), trung bình mỗi xã, phường, thị trấn có 10 trạm BTS, tỷ lệ thôn, xóm được phủ sóng di động băng rộng "
        "3G/4G đạt 99,6%"
    ),
    "r_zed_07_binhdinh#hospital": (
        "Bệnh viện Mắt Sài Gòn Quy Nhơn có 300 lượt, hơn 800 triệu đồng (18%); TTYT TP Quy Nhơn có 2.227 lượt, hơn "
        "1,6 tỷ đồng (17%)"
    ),
    "r_zed_06_laocai#schools": (
        "Hiện 610/610 cơ sở giáo dục đã công bố số tài khoản thanh toán chung; các cơ sở giáo dục tích cực phối hợp "
        "với các ngân hàng, các đơn vị trung gian cung cấp dịch vụ để triển khai tại cơ sở"
    ),
    "r_zp3_01_binhthuan#centre": (
        "Trong năm 2024, Trung tâm Hành chính công tỉnh Bình Thuận đã tiếp nhận 94.665 hồ sơ thủ tục hành chính và "
        "giải quyết 94.985 hồ sơ, bao gồm cả những hồ sơ tồn đọng từ năm trước."
    ),
    "r_zp3_01_binhthuan#online": (
        "Đáng chú ý, số lượng hồ sơ được tiếp nhận trực tuyến đạt 50.693, trong đó dịch vụ công toàn trình chiếm "
        "49.805 hồ sơ và dịch vụ công một phần là 886 hồ sơ."
    ),
    "r_zp2_07_daknong#departments": (
        "Theo báo cáo, xếp hạng DTI các sở, ban, ngành của Đắk Nông đứng đầu là Sở Thông tin và Truyền thông với "
        "887,83 điểm"
    ),
    "r_zp3_03_travinh#programme": (
        "Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền "
        "núi giai đoạn 2021 – 2030, từ nay đến năm 2025, tỉnh Trà Vinh sẽ thực hiện 10 dự án với tổng kinh phí khoảng "
        "1.465 tỷ đồng để nâng cao mức sống cho đồng bào dân tộc thiểu số"
    ),
    "r_nwb_07_ninhbinh#communes": "Toàn bộ 129 xã, phường đã vận hành hệ thống họp trực tuyến",
    "r_dtn_09_gialai#total": "Tổng số trạm BTS trên toàn tỉnh hiện có là 8.828 trạm",
    "r_z26_04_phutho#departments": (
        "Theo kết quả vừa công bố, Văn phòng UBND tỉnh Phú Thọ đứng đầu trong khối các sở, ban, ngành với 885,58 "
        "điểm; xếp thứ 2 và thứ 3 lần lượt là Sở Khoa học và Công nghệ, Sở Y tế."
    ),
    "r_z26_04_phutho#wards": (
        "Đối với các cơ quan cấp xã, phường Hòa Bình đứng đầu bảng xếp hạng, phường Việt Trì xếp thứ 2 và phường Vĩnh "
        "Yên xếp thứ 3"
    ),
    "r_ztl_02_dongthap#targets": (
        "Đồng Tháp phấn đấu có ít nhất: 50% sản phẩm OCOP công nhận năm 2021 tham gia đánh giá, phân hạng lại năm "
        "2024; 30% chủ thể là doanh nghiệp nhỏ và vừa; 50% chủ thể OCOP tham gia vào các kênh bán hàng hiện đại và có "
        "100% sản phẩm OCOP của tỉnh được kinh doanh trên môi trường trực tuyến"
    ),
    "r_zdt_02_tuyenquang#rank": (
        "Theo báo cáo xếp hạng chuyển đổi số cấp bộ, cấp tỉnh năm 2020 được Bộ TT&TT công bố, tỉnh Tuyên Quang xếp "
        "hạng 44/63 tỉnh, thành phố cả nước về mức độ chuyển đổi số (DTI)"
    ),
    "r_zcs_03_hanoi#feedback": ("với hơn 65,6% số lượng phản ánh được xử lý và nhận được sự hài lòng từ người dân"),
    "r_zn1_01_haiphong#review": (
        "Nhìn vào báo cáo tổng kết năm 2025 của Sở Khoa học và Công nghệ Hải Phòng, từ các triển khai thực tế cúa các "
        "địa phương trên địa bàn Hải Phòng"
    ),
    "r_zn3_01_thanhhoa#signed": (
        "Tổng số lượt trao đổi, xử lý văn bản điện tử hơn 4 triệu lượt, tỉ lệ ký số đạt hơn 98%"
    ),
    "r_rsb_03_yenbai_dti#from": "Trong đó, tỉnh Yên Bái từ vị trí 27 tiến lên vị trí thứ 15 trong 63 tỉnh, thành.",
    "r_rsb_01_binhduong#target": (
        "Mục tiêu cụ thể: Cung cấp dịch vụ công trực tuyến toàn trình đạt tỷ lệ trung bình tối thiểu 95% TTHC có đủ "
        "điều kiện"
    ),
}


def test_dti_rank_out_of_63_and_a_change_is_not_a_rank():
    got = facts(
        "Ngày 8-8-2022, Bộ Thông tin và Truyền thông đã công bố kết quả đánh giá mức độ chuyển đổi số (CĐS) "
        "năm 2021 của các bộ, ngành, địa phương. " + SENTENCES["r_dti_08_bentre"],
        "2022-08-08",
    )
    assert got == {("Bến Tre", "dti_rank", "", "actual", "=", 31)}


def test_dti_pillars_each_with_its_rank_and_sub_indices_left_out():
    text = (
        "Bộ Thông tin và Truyền thông đã công bố kết quả đánh giá mức độ chuyển đổi số (CĐS) năm 2021. "
        "Theo đó, về xếp hạng chung, Bến Tre xếp hạng thứ 31/63 tỉnh thành.\n\n"
        "Các kết quả cụ thể như: Thể chế số xếp hạng 6/63, nhận thức số 16/63, nhân lực số 28/63, hạ tầng số "
        "58/63, an toàn thông tin mạng 53/63. Ba trụ cột CĐS tại tỉnh có sự thay đổi xếp hạng: Chính quyền số "
        "28/63 (tăng 11 bậc so với năm 2020), kinh tế số 26/63 (tăng 11 bậc so với năm 2020), xã hội số 53/63 "
        "(giảm 31 bậc so với năm 2020)."
    )
    got = {(p, code, v) for p, code, _, _, _, v in facts(text, "2022-08-08")}
    assert got == {
        ("Bến Tre", "dti_rank", 31),
        ("Bến Tre", "dti_digital_government_rank", 28),
        ("Bến Tre", "dti_digital_economy_rank", 26),
        ("Bến Tre", "dti_digital_society_rank", 53),
    }


def test_dti_pillar_scores_and_ranks_in_one_sentence():
    text = (
        "Ở 3 trụ cột chính: chính quyền số Trà Vinh đạt 0,6683 điểm, xếp hạng thứ 29; kinh tế số đạt 0,6647 điểm, "
        "xếp thứ 27 và xã hội số đạt 0,5991 điểm, xếp thứ 26."
    )
    got = {(code, v) for _, code, _, _, _, v in facts("Chỉ số DTI năm 2022. " + text, "2023-07")}
    assert got == {
        ("dti_digital_government_score", 0.6683),
        ("dti_digital_government_rank", 29),
        ("dti_digital_economy_score", 0.6647),
        ("dti_digital_economy_rank", 27),
        ("dti_digital_society_score", 0.5991),
        ("dti_digital_society_rank", 26),
    }


def test_dti_leader_is_rank_one_and_lists_pair_in_order():
    got = {(p, v) for p, code, _, _, _, v in facts(SENTENCES["r_dti_02_travinh"], "2023-07") if code == "dti_rank"}
    assert got == {("Đà Nẵng", 1), ("Hồ Chí Minh", 2), ("Quảng Ninh", 3)}


def test_dti_three_provinces_three_ranks_on_the_new_map():
    got = {(p, v) for p, code, _, _, _, v in facts(SENTENCES["r_dtn_02_dti34"], "2025-10-21")}
    assert got == {("Thanh Hóa", 5), ("Điện Biên", 6), ("Hà Tĩnh", 7)}
    assert {f.province_era for f in extract_document("t", SENTENCES["r_dtn_02_dti34"], "2025-10-21").facts} == {"34"}


def test_dti_score_and_word_rank():
    got = facts("Đứng thứ hai là TP Huế với giá trị DTI đạt 0,7951.", "2025-10-21")
    assert got == {("Huế", "dti_rank", "", "actual", "=", 2), ("Huế", "dti_score", "", "actual", "=", 0.7951)}


def test_dti_score_in_points_of_a_thousand():
    got = facts("Quảng Bình. " + SENTENCES["r_zu2_01_quangbinh#of1000"] + ".", "2023-11-16")
    assert ("Quảng Bình", "dti_score", "", "actual", "=", 0.54146) in got
    assert ("Quảng Bình", "dti_rank", "", "actual", "=", 46) in got


def test_dossiers_received_and_the_share_synchronised_to_the_national_portal():
    got = facts("Hà Nội. " + SENTENCES["r_zu3_05_hanoi_nq57#synced"] + ".", "2025-11-13")
    assert ("Hà Nội", "dossier_total_count", "", "actual", "=", 1243294) in got
    assert ("Hà Nội", "tthc_result_sync_rate", "", "actual", "=", 100) in got


def test_the_digital_environment_is_the_network_environment():
    got = facts("Cần Thơ. Theo chiến lược, " + SENTENCES["r_zu1_02_cantho_dothithongminh#digital"] + ".", "2025-12")
    assert ("Cần Thơ", "dossier_full_online_rate", "", "target", ">=", 90) in got


def test_a_horizon_after_a_comma_opens_the_next_figure():
    got = {
        (f.period, f.value)
        for f in extract_document("t", "TPHCM. " + SENTENCES["r_zu6_03_hochiminh_qa#horizons"] + ".", "2024").facts
    }
    assert got == {("2024", 22), ("2025", 25), ("2030", 40)}


def test_a_count_of_a_measure_noun_that_maps_to_nothing_is_shown_to_a_curator():
    result = extract_document("t", "TP. Hồ Chí Minh. " + SENTENCES["r_zrm_01_hochiminh#count"] + ".", "2025-12")
    assert result.facts == []
    shown = {(u["number_text"], u["reason"]) for u in result.unmapped}
    assert ("2,471 triệu", "no catalog indicator for this count") in shown
    assert ("107.300", "no catalog indicator for this count") in shown


def test_5g_stations_and_one_operators_stations_are_no_province_total():
    result = extract_document("t", "Huế. " + SENTENCES["r_inf_04_hue#5g"] + ".", "2026")
    assert [f for f in result.facts if f.indicator_code == "mobile_bts_count"] == []
    reasons = {u["number_text"]: u["reason"] for u in result.unmapped}
    assert reasons["352"] == "5G stations, a part of all base stations"
    assert reasons["324"].startswith("one telecom operator's share")


def test_a_count_told_in_another_noun_than_its_measure_counts():
    """Accounts on an e-commerce platform are not the platform's enterprises."""
    result = extract_document("t", "Lạng Sơn. " + SENTENCES["r_zv1_06_langson_tocnscd#accounts"] + ".", "2025")
    assert [f for f in result.facts if f.indicator_code == "ecommerce_platform_enterprise_count"] == []
    assert {u["number_text"]: u["reason"] for u in result.unmapped}["267.600"] == (
        "a count of tài khoản, which the measure named with it does not count"
    )


def test_teams_called_digital_transformation_teams_and_dossiers_handled_through_online_services():
    got = facts("Hà Tĩnh. " + SENTENCES["r_zv4_03_hatinh#teams"] + ".", "2023")
    assert ("Hà Tĩnh", "community_digital_team_count", "commune", "actual", ">", 130) in got
    got = facts("Phú Yên phấn đấu đến năm 2025: " + SENTENCES["r_zv5_01_phuyen#level34"] + ".", "2021")
    assert ("Phú Yên", "dossier_online_rate", "", "target", ">=", 50) in got


def test_a_percentage_above_100_is_no_rate():
    result = extract_document("t", "Bà Rịa - Vũng Tàu: " + SENTENCES["r_inf_02_bariavungtau#over100"] + ".", "2023")
    assert [f for f in result.facts if f.value > 100] == []
    assert {u["number_text"]: u["reason"] for u in result.unmapped}["105,48%"] == (
        "a percentage above 100, which no catalog rate can be"
    )


def test_services_counted_on_the_portal_and_services_that_only_inform():
    got = facts(SENTENCES["r_zre2_08_angiang2021#portal"] + ".", "2021-01")
    assert {(p, c, v) for p, c, _, _, _, v in got} == {("An Giang", "ops_count", 1968)}
    result = extract_document("t", "Hải Dương. " + SENTENCES["r_zr9_06_haiduong#info"] + ".", "2023")
    assert [f for f in result.facts if f.indicator_code == "ops_count"] == []
    assert {u["number_text"]: u["reason"] for u in result.unmapped}["961"] == (
        "services that only inform, or an app's utilities, not online public services"
    )


def test_the_national_portals_own_figures_are_no_provinces():
    """A province's portal quotes the national portal; Hà Nội is named later in the text."""
    text = SENTENCES["r_zw3_01_kontum_national#portal"] + ".\n\nĐặc biệt, Thành phố Hà Nội là địa phương đầu tiên."
    assert extract_document("t", text, "2024-07-11").facts == []


def test_health_records_abbreviated_and_bank_accounts_counted():
    got = facts(SENTENCES["r_zw1_02_phutho#hsskdt"] + ".", "2020-02")
    assert ("Phú Thọ", "e_health_record_rate", "", "actual", "=", 90) in got
    got = facts("Yên Bái. " + SENTENCES["r_zw2_02_yenbai#accounts"] + ".", "2022-12")
    assert ("Yên Bái", "bank_transaction_account_count", "", "actual", "=", 532347) in got


def test_an_average_yearly_growth_after_its_measure():
    got = facts(SENTENCES["r_dec_05_tuyenquang#productivity"] + ".", "2022")
    assert ("Tuyên Quang", "labor_productivity_growth", "", "target", "=", 5) in got


def test_a_projects_total_funding_is_planned_while_it_runs():
    got = facts(SENTENCES["r_zx1_05_travinh#envelope"] + ".", "2018")
    assert ("Trà Vinh", "dx_budget", "", "planned", "~", 48) in got


def test_a_later_horizon_further_on_makes_a_target():
    got = facts("TPHCM. " + SENTENCES["r_zx4_01_hochiminh#horizon"] + ".", "2024-12-18")
    assert ("Hồ Chí Minh", "digital_economy_share_grdp", "", "target", "=", 40) in got


def test_list_items_that_open_with_their_figure_stay_in_the_list_of_targets():
    got = facts("Thái Nguyên.\n" + SENTENCES["r_zy1_04_thainguyen_ct2025#items"] + ".", "")
    assert ("Thái Nguyên", "work_records_online_rate", "district", "target", ">", 80) in got
    assert not {f for f in got if f[3] == "actual"}


def test_a_rank_written_with_so_before_its_number():
    got = facts(SENTENCES["r_zy3_01_quangtri#lead"] + " " + SENTENCES["r_zy3_01_quangtri#pillars"] + ".", "2021")
    assert ("Quảng Trị", "dti_digital_economy_rank", "", "actual", "=", 53) in got
    assert ("Quảng Trị", "dti_digital_society_rank", "", "actual", "=", 47) in got


def test_a_figure_after_because_is_not_measured_by_the_words_before_it():
    got = facts("Kết quả của tỉnh Quảng Trị " + SENTENCES["r_zy3_01_quangtri#because"] + ".", "2021")
    assert not {f for f in got if f[1] == "tthc_satisfaction_rate"}
    got = facts("Tỉnh Quảng Trị: tỷ lệ hài lòng của người dân về giải quyết thủ tục hành chính đạt 80%.", "2021")
    assert ("Quảng Trị", "tthc_satisfaction_rate", "", "actual", "=", 80) in got  # the same words, no reason between


def test_the_provinces_whole_spending_is_no_digital_transformation_budget():
    text = SENTENCES["r_zy2_02_ninhbinh#lead"] + ". " + SENTENCES["r_zy2_02_ninhbinh#total"] + "."
    assert not {f for f in facts(text, "2025-12") if f[1] == "dx_budget"}


def test_a_text_about_its_own_district_gives_no_province_facts():
    text = SENTENCES["r_zz3_05_vinhlong_tambinh#operator"] + "\n\n" + SENTENCES["r_zz3_05_vinhlong_tambinh#district"]
    result = extract_document("t", text + ".", "2014-10-24", "", "Báo Vĩnh Long (baovinhlong.com.vn)")
    assert result.facts == []
    # the same figures in a text that speaks of the province keep the outlet's province
    text = text.replace("trên địa bàn huyện", "trên địa bàn tỉnh")
    result = extract_document("t", text + ".", "2014-10-24", "", "Báo Vĩnh Long (baovinhlong.com.vn)")
    assert {(f.province_vi, f.indicator_code, f.value) for f in result.facts} >= {
        ("Vĩnh Long", "mobile_bts_count", 154)
    }


def test_cashless_payment_abbreviated():
    got = facts(SENTENCES["r_zz1_05_thuathienhue#ttkdtm"] + ".", "")
    assert ("Huế", "hospital_cashless_rate", "", "target", "=", 100) in got


def test_full_process_services_counted_before_and_the_rate_stated_after_a_share_in_brackets():
    got = facts("Tỉnh Đắk Lắk. " + SENTENCES["r_zz1_04_daklak#parts"] + ".", "2024-10")
    assert {(code, v) for _, code, _, _, _, v in got} == {("ops_full_process_rate", 100)}


def test_a_share_in_brackets_after_a_count_measures_what_the_count_counts():
    """A share after a count ('một phần có 790 TTHC (45,53%)') is not the full-process rate before the comma."""
    text = "Tỉnh Đắk Lắk. " + SENTENCES["r_zz1_04_daklak#parts"].split(". Tỷ lệ")[0] + "."
    result = extract_document("t", text, "2024-10")
    assert {(f.indicator_code, f.value) for f in result.facts} == {("ops_full_process_rate", 39.65)}
    assert {"45,53%", "14,82%"} <= {u["number_text"] for u in result.unmapped}


def test_a_plans_rate_target_is_due_at_the_end_of_its_span_a_yearly_average_stays_on_the_span():
    got = extract_document("t", "Bắc Kạn. " + SENTENCES["r_zr7_03_backan_hatang#span"] + ".", "2024-01").facts
    assert {(f.indicator_code, f.value_kind, f.period) for f in got} == {
        ("village_fiber_coverage_rate", "target", "2025")
    }
    got = extract_document("t", "Tỉnh Thanh Hóa. " + SENTENCES["r_zrg_01_thanhhoa#average"] + ".", "2022").facts
    assert [(f.indicator_code, f.period) for f in got] == [("labor_productivity_growth", "2021-2025")]


def test_ranks_after_a_verb_of_rank_lên_hạng_duy_trì_hạng():
    got = extract_document("t", SENTENCES["r_zq3_01_binhphuoc#moves"] + ".", "2025").facts
    assert {(f.indicator_code, f.period, f.value) for f in got} >= {("dti_rank", "2021", 9), ("dti_rank", "2023", 13)}


def test_a_share_of_bodies_connected_to_fixed_broadband_is_no_household_rate():
    got = facts("Tỉnh Vĩnh Phúc. " + SENTENCES["r_zq3_03_vinhphuc_hatang#bodies"] + ".", "2024-03-04")
    assert not {f for f in got if f[1] == "household_fixed_broadband_rate"}


def test_a_density_per_100_people_named_before_its_figure_is_no_count():
    got = facts("Tỉnh Vĩnh Phúc. " + SENTENCES["r_zq3_04_vinhphuc_dti2020#density"] + ".", "2022")
    assert not {f for f in got if f[1] == "internet_subscription_count"}
    assert ("Vĩnh Phúc", "household_fixed_broadband_rate", "", "target", ">=", 70) in got


def test_a_year_after_a_comma_that_opens_the_next_figure_with_a_comparator():
    got = extract_document("t", "Nghệ An phấn đấu " + SENTENCES["r_zq4_06_nghean#horizons"] + ".", "2022-05").facts
    assert {(f.indicator_code, f.period, f.comparator, f.value) for f in got} == {
        ("bank_account_rate_15plus", "2025", "=", 80),
        ("bank_account_rate_15plus", "2030", ">", 95),
    }


def test_dossiers_to_be_digitised_and_results_digitised_around_the_figure():
    got = facts("Tỉnh Thanh Hóa. " + SENTENCES["r_svx_03_thanhhoa#digitised"] + ".", "2022")
    assert {(code, v) for _, code, _, _, _, v in got} == {("tthc_digitization_rate", 90)}  # its kind from its text
    got = facts("Cần Thơ phấn đấu năm 2025 " + SENTENCES["r_zrh_02_cantho_kh2025#digitise"] + ".", "2025-02")
    assert ("Cần Thơ", "tthc_digitization_rate", "", "target", "=", 100) in got


def test_a_plan_issued_earlier_in_a_sentence_of_what_was_done_does_not_make_a_plan():
    text = SENTENCES["r_zsv_05_nghean#issued"] + ".\n\n" + SENTENCES["r_zsv_05_nghean#fibre"] + "."
    got = facts(text, "2025-06")
    assert ("Nghệ An", "village_fiber_coverage_rate", "", "actual", ">", 99) in got


def test_dossiers_of_the_whole_province_told_by_its_centre_and_dossiers_that_are_no_services():
    title = "Ngay sau sáp nhập, Thanh Hóa tăng tốc hỗ trợ người dân, lọt top 4 cả nước về chỉ tiêu này"
    got = facts("Thanh Hóa.\n\n" + SENTENCES["r_zk1_01_thanhhoa#centre"] + ".", "2025-07", title)
    assert {(code, level, kind, v) for _, code, level, kind, _, v in got} == {
        ("dossier_total_count", "", "actual", 1095),
        ("dossier_total_count", "commune", "actual", 339),
    }


def test_teams_counted_after_tu_and_dti_years_after_the_provinces_of_the_ranking():
    text = "Tỉnh Long An. " + SENTENCES["r_zk4_03_longan_kiengiang#teams"] + "."
    got = {(f.indicator_code, f.period, f.value) for f in extract_document("t", text, "2023").facts}
    assert {("community_digital_team_count", "2023", 996), ("dti_rank", "2021", 16), ("dti_rank", "2022", 10)} <= got
    # "từ 15 tổ lên 20 tổ" is a change: its start is no count
    got = facts("Tỉnh Long An đã tăng số tổ công nghệ số cộng đồng từ 15 tổ lên 20 tổ.", "2023")
    assert {v for _, code, _, _, _, v in got if code == "community_digital_team_count"} <= {20}


def test_procedures_received_online_are_no_dossier_rate_and_full_process_services_without_truc_tuyen():
    got = facts("Tỉnh Long An " + SENTENCES["r_zk4_03_longan_kiengiang#procedures"] + ".", "2023")
    assert not {f for f in got if f[1] == "dossier_online_rate"}
    got = facts("Tỉnh Sóc Trăng. " + SENTENCES["r_zk4_01_soctrang#full"] + ".", "2024-07")
    assert ("Sóc Trăng", "ops_full_process_rate", "", "actual", "=", 62.92) in got


def test_how_many_provinces_reach_a_figure_is_no_provinces_figure_unless_they_are_named_after_it():
    text = "Hải Phòng, Bắc Ninh. " + SENTENCES["r_zk2_04_grdp_trap#bands"] + "."
    assert not extract_document("t", text, "2023-12").facts
    got = {p for p, *_ in facts(SENTENCES["r_ltb_01_grdp_top5"], "2023-09")}
    assert {"Bắc Ninh", "Thái Nguyên", "Bắc Giang", "Hải Phòng", "Vĩnh Phúc"} <= got


def test_households_connected_to_the_internet_subscribe_to_it():
    got = facts("Tỉnh Điện Biên có 1.000 thuê bao (" + SENTENCES["r_inf_03_dienbien#households"] + ").", "2020")
    assert ("Điện Biên", "household_internet_subscription_rate", "", "actual", "=", 48) in got


def test_steering_teams_and_the_communes_that_set_up_teams_are_no_community_teams():
    got = facts("Tỉnh Hải Dương. " + SENTENCES["r_zk3_01_haiduong#steering"] + ".", "2022-05")
    assert {(code, v) for _, code, _, _, _, v in got} == {
        ("community_digital_team_count", 1340),
        ("community_digital_team_member_count", 6891),
    }


def test_a_paragraph_of_targets_that_breaks_off_in_an_ellipsis_goes_on_in_the_next(pytestconfig):
    """Bến Tre: "Đề án đặt mục tiêu đến năm 2025, ... của tỉnh…" then "Kinh tế số chiếm tối thiểu 10% GRDP; ..."."""
    lines = (pytestconfig.rootpath / DEV / "r_zm2_02_bentre.txt").read_text(encoding="utf-8").splitlines()
    got = extract_document("t", "Tỉnh Bến Tre.\n" + "\n".join(lines[1:3]), "2022").facts
    share = [(f.value_kind, f.period, f.value) for f in got if f.indicator_code == "digital_economy_share_grdp"]
    assert share == [("target", "2025", 10)]
    # the same paragraph after one that ends with a full stop stays as it is told (a floor, "tối thiểu", is a goal
    # whatever comes before it; "phủ trên 80% hộ gia đình" is not)
    got = extract_document("t", "Tỉnh Bến Tre.\n" + lines[1].rstrip("…") + ".\n" + lines[2], "2022").facts
    assert [f.value_kind for f in got if f.indicator_code == "household_fixed_broadband_rate"] == ["actual"]
    assert [f.value_kind for f in got if f.indicator_code == "digital_economy_share_grdp"] == ["target"]


def test_documents_exchanged_as_electronic_documents_with_a_digital_signature():
    got = facts("Bình Thuận phấn đấu đến năm 2025 " + SENTENCES["r_zm3_02_binhthuan#signed"] + ".", "2021")
    assert ("Bình Thuận", "digital_signature_document_rate", "", "target", "=", 100) in got


def test_the_provinces_ranking_of_its_districts_is_no_dti_rank():
    got = facts("Tỉnh Hải Dương. " + SENTENCES["r_zx3_01_haiduong_thanhha#districts"] + ".", "2024-04-10")
    assert {c for _, c, *_ in got if c.startswith("dti")} == set()


def test_a_count_of_teams_after_tai_is_no_address():
    got = facts(SENTENCES["r_zlm_06_tiengiang#teams"] + ".", "2022")
    assert ("Tiền Giang", "community_digital_team_count", "", "actual", "=", 1249) in got
    assert ("Tiền Giang", "community_digital_team_member_count", "", "actual", "=", 8007) in got


def test_other_provinces_figures_in_brackets():
    got = {(p, code, v) for p, code, _, _, _, v in facts(SENTENCES["r_res_05_danang"], "2022-11")}
    assert got == {
        ("Bạc Liêu", "dossier_online_rate", 7.4),
        ("Sơn La", "dossier_online_rate", 8.3),
        ("Nghệ An", "dossier_online_rate", 8.6),
        ("Bình Thuận", "dossier_online_rate", 9.3),
        ("Quảng Ngãi", "dossier_online_rate", 9.7),
    }


def test_several_provinces_sharing_one_figure():
    text = (
        "Theo số liệu từ hệ thống giám sát, đo lường Chính phủ số (EMC), trong năm 2024, Hà Nam đã xử lý trực "
        "tuyến toàn trình 68,54% trong tổng số 168.000 hồ sơ thủ tục hành chính. Đà Nẵng (58,89%), Hà Giang "
        "(55,76%) và Nam Định (52,96%) là những địa phương xếp sau. " + SENTENCES["r_res_04_hanam"]
    )
    got = {(p, c, v) for p, code, _, _, c, v in facts(text, "2025-01") if code == "dossier_full_online_rate"}
    assert got == {
        ("Hà Nam", "=", 68.54),
        ("Đà Nẵng", "=", 58.89),
        ("Hà Giang", "=", 55.76),
        ("Nam Định", "=", 52.96),
        ("Hà Nội", "<", 10),
        ("Hồ Chí Minh", "<", 10),
    }


def test_levels_written_after_the_figures_and_a_comparator_word_binds_its_own_figure():
    text = (
        "Năm 2022, tỉnh Quảng Bình phấn đấu trên 91% hồ sơ công việc tại cấp tỉnh, 74% hồ sơ công việc tại cấp "
        "huyện và 52% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng."
    )
    got = {(lv, kind, c, v) for _, code, lv, kind, c, v in facts(text, "2022-02") if code == "work_records_online_rate"}
    assert got == {("province", "target", ">", 91), ("district", "target", "=", 74), ("commune", "target", "=", 52)}


@pytest.mark.parametrize(
    ("word", "comparator"),
    [
        ("gần", "~"),
        ("khoảng", "~"),
        ("xấp xỉ", "~"),
        ("trên", ">"),
        ("hơn", ">"),
        ("vượt", ">"),
        ("tối thiểu", ">="),
        ("ít nhất", ">="),
        ("không dưới", ">="),
        ("dưới", "<"),
        ("chưa đến", "<"),
    ],
)
def test_comparator_words(word, comparator):
    text = f"Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Bắc Ninh đạt {word} 28,9%."
    assert facts(text, "2024-01") == {("Bắc Ninh", "dossier_online_rate", "", "actual", comparator, 28.9)}


def test_targets_with_horizons_and_minimums():
    got = facts(SENTENCES["r_eco_04_bacninh"], "2023")
    assert got == {
        ("Bắc Ninh", "digital_economy_share_grdp", "", "target", ">=", 35),
        ("Bắc Ninh", "digital_economy_sector_share", "", "target", ">=", 20),
    }
    periods = {f.period for f in extract_document("t", SENTENCES["r_eco_04_bacninh"], "2023").facts}
    assert periods == {"2030"}


def test_estimate_and_the_title_names_the_city():
    result = extract_document(
        "t",
        SENTENCES["r_eco_02_hochiminh"],
        "2024",
        "Thúc đẩy kinh tế số TP.HCM - một trọng tâm phát triển nhanh KT-XH",
    )
    assert [(f.province_vi, f.indicator_code, f.value_kind, f.value, f.period) for f in result.facts] == [
        ("Hồ Chí Minh", "digital_economy_share_grdp", "estimate", 18.66, "2022")
    ]


def test_budget_over_a_span_of_years():
    result = extract_document("t", SENTENCES["r_bud_03_kiengiang"], "2024")
    assert [(f.province_vi, f.indicator_code, f.value, f.period) for f in result.facts] == [
        ("Kiên Giang", "dx_budget", 197.3, "2021-2023")
    ]


def test_numbers_scales_and_per_1000():
    assert facts("Đến nay, Hà Nam đã tiếp nhận 1,488 triệu hồ sơ trực tuyến toàn trình.", "2024-12") == {
        ("Hà Nam", "dossier_full_online_count", "", "actual", "=", 1488000)
    }
    got = facts("Đồng Tháp phấn đấu đến năm 2025 tỷ lệ doanh nghiệp công nghệ số trên 0,7/1.000 dân.", "2025-09")
    assert got == {("Đồng Tháp", "digital_tech_enterprise_per_1000", "", "target", ">", 0.7)}


def test_unsure_figures_become_unmapped_candidates():
    text = (
        "Ở khối bộ, ngành, Ngân hàng Nhà nước Việt Nam dẫn đầu về tỷ lệ hồ sơ trực tuyến với 100%. Trong đó, "
        "tỉnh Vĩnh Phúc có gần 69 nghìn tài khoản, vượt 30% chỉ tiêu được giao."
    )
    result = extract_document("t", text, "2024-01")
    assert result.facts == []
    assert {u["reason"] for u in result.unmapped} >= {"a share of a target, not a level"}


def test_national_average_score_and_past_rank_in_brackets():
    text = SENTENCES["r_dta_02_vinhlong"] + (
        " Vĩnh Long xếp hạng 32/63 (ảnh), tăng 20 bậc so với DTI 2020 (52/63), "
        "trong đó nổi bật là chỉ số về an toàn thông tin mạng xếp thứ 8/63."
    )
    got = {
        (p, code, v, f.period)
        for f in extract_document("t", text, "2022-08").facts
        for p, code, v in [(f.province_vi, f.indicator_code, f.value)]
    }
    assert got == {("Vĩnh Long", "dti_rank", 32, "2021"), ("Vĩnh Long", "dti_rank", 52, "2020")}


def test_levels_after_figures_across_a_list_of_departments():
    text = "Theo kế hoạch năm 2024, tỉnh Phú Yên phấn đấu " + SENTENCES["r_plb_01_phuyen"] + "."
    got = {(lv, v) for _, code, lv, _, _, v in facts(text, "2024-03") if code == "work_records_online_rate"}
    assert got == {("province", 80), ("district", 70), ("commune", 60)}


def test_figures_of_some_departments_or_districts_are_not_the_provinces():
    result = extract_document(
        "t",
        "Quý III năm 2023, tỉnh Đồng Nai có tỷ lệ hồ sơ trực tuyến 3 cấp đạt 42,041%; "
        + SENTENCES["r_svb_02_dongnai"]
        + ".",
        "2023",
    )
    assert [(f.province_vi, f.value) for f in result.facts] == [("Đồng Nai", 42.041)]


def test_an_undated_text_naming_a_month_after_the_merger_reads_the_new_map():
    result = extract_document(
        "t", "Cuối tháng 7/2025, tỉnh Ninh Bình có 100% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.", "2025"
    )
    assert [(f.province_era, f.province_vi) for f in result.facts] == [("34", "Ninh Bình")]


def test_a_later_horizon_in_brackets_is_a_second_fact():
    text = "Đà Nẵng phấn đấu đến năm 2025 " + SENTENCES["r_eco_03_danang"]
    got = {
        (f.indicator_code, f.value_kind, f.comparator, f.value, f.period)
        for f in extract_document("t", text, "2022-08").facts
    }
    assert got == {
        ("enterprise_e_contract_rate", "target", ">", 80, "2025"),
        ("enterprise_e_contract_rate", "target", "=", 100, "2030"),
    }


def test_a_precise_figure_below_replaces_the_round_one_of_the_lead():
    text = (
        "Với hơn 24.000 thành viên, các Tổ công nghệ số cộng đồng trên địa bàn thành phố Đà Nẵng đã phát huy "
        "tốt vai trò.\n\nHiện toàn thành phố có 3.766 Tổ CNSCĐ với gần 24.303 thành viên."
    )
    got = {(f.indicator_code, f.comparator, f.value) for f in extract_document("t", text, "2025-10").facts}
    assert got == {("community_digital_team_member_count", "~", 24303), ("community_digital_team_count", "=", 3766)}


def test_ti_and_ty_spellings_match_the_same_phrase():
    for spelling in ("Tỷ lệ", "Tỉ lệ"):
        got = facts(f"Năm 2023, tỉnh Tiền Giang có 100% hồ sơ. {spelling} số hóa 73,6%.", "2024-01")
        assert ("Tiền Giang", "tthc_digitization_rate", "", "actual", "=", 73.6) in got, spelling


def test_a_rank_before_all_three_pillars_ranks_each_pillar_and_the_score_is_the_index():
    got = facts(SENTENCES["r_tbk_07_danang_dti2020"], "2021-10-20")
    ranks = {(code, v) for p, code, _, _, _, v in got if p == "Đà Nẵng"}
    assert ranks == {
        ("dti_rank", 1),
        ("dti_digital_government_rank", 1),
        ("dti_digital_economy_rank", 1),
        ("dti_digital_society_rank", 1),
        ("dti_score", 0.4874),
    }


def test_pillar_ranks_given_respectively():
    got = facts("Chỉ số đánh giá chuyển đổi số của tỉnh Hải Dương. " + SENTENCES["r_dtp_04_haiduong"], "2022-04")
    assert {(code, v) for _, code, _, _, _, v in got} == {
        ("dti_digital_government_rank", 22),
        ("dti_digital_economy_rank", 9),
        ("dti_digital_society_rank", 13),
    }


def test_a_rank_about_something_else_is_not_a_dti_rank():
    got = facts(SENTENCES["r_rsd_03_hatinh"], "2023")
    assert {(code, v) for _, code, _, _, _, v in got if code.startswith("dti")} == {("dti_rank", 37)}


@pytest.mark.parametrize("doc", ["r_nwd_02_phutho", "r_nwb_07_ninhbinh", "r_plc_04_angiang", "r_rsd_04_kontum"])
def test_ranges_people_whole_economy_money_and_comparisons_are_not_facts(doc):
    """A range (90 - 93%), a count of volunteers, the province's total investment, a share of last year's count."""
    result = extract_document("t", "Tỉnh Phú Thọ. " + SENTENCES[doc], "2025-09", None)
    assert [f.value for f in result.facts if f.value in (93, 1000, 650000, 205.6)] == []
    assert any(u["reason"] for u in result.unmapped)


def test_a_planned_spend_is_planned():
    got = facts(SENTENCES["r_bdb_03_thainguyen"], "2024")
    assert ("Thái Nguyên", "dx_budget", "", "planned", ">", 2300) in got


def test_the_pillar_named_after_a_rank():
    got = facts("Chỉ số DTI năm 2022. " + SENTENCES["r_qab_08_quangngai"], "2023-07")
    assert {(code, v) for _, code, _, _, _, v in got} == {
        ("dti_digital_government_rank", 17),
        ("dti_digital_economy_rank", 17),
        ("dti_digital_society_rank", 15),
    }


def test_the_subject_of_a_sub_index_rank_carries_to_the_next_sentence():
    """Two provinces in the text, so only the previous sentence says whose the pillars are."""
    text = "Chỉ số DTI năm 2023: Huế xếp thứ 2. " + SENTENCES["r_tbk_01_danang_dti2023"]
    got = {(p, code, v) for p, code, _, _, _, v in facts(text, "2024-07")}
    assert {("Đà Nẵng", f"dti_digital_{p}_rank", 1) for p in ("government", "economy", "society")} <= got
    assert not any(code.startswith("dti_digital") and p == "Huế" for p, code, _ in got)


def test_a_provincial_newspaper_names_its_province():
    result = extract_document(
        "t", SENTENCES["r_svc_01_bentre"], "2024-10-14", "Phát huy vai trò Tổ công nghệ số cộng đồng", "Báo Đồng Khởi"
    )
    assert {(f.province_vi, f.indicator_code, f.value) for f in result.facts} == {
        ("Bến Tre", "community_digital_team_count", 1111),
        ("Bến Tre", "community_digital_team_member_count", 10195),
    }
    assert extract_document("t", SENTENCES["r_svc_01_bentre"], "2024-10-14", None, "Báo Tuổi Trẻ").facts == []


def test_ranks_given_for_years_respectively():
    got = extract_document("t", SENTENCES["r_dtr_03_baclieu"], "2023-07", None).facts
    assert {(f.indicator_code, f.value, f.period) for f in got} == {("dti_rank", 63, "2021"), ("dti_rank", 60, "2022")}


def test_the_issuer_of_a_plan_is_not_the_level_of_its_tasks():
    got = extract_document("t", "Quảng Ninh. " + SENTENCES["r_bdb_05_quangninh"], "2025-04", None).facts
    assert {(f.indicator_code, f.admin_level, f.value) for f in got} >= {("dx_task_count", "", 39)}


def test_a_bracketed_horizon_belongs_to_its_own_figure_only():
    got = extract_document("t", "Đà Nẵng phấn đấu đến năm 2025: " + SENTENCES["r_eco_03_danang#2"], "2022-08", None)
    contract = {(f.value, f.period) for f in got.facts if f.indicator_code == "enterprise_e_contract_rate"}
    assert contract == {(80, "2025"), (100, "2030")}


def test_a_project_total_investment_is_planned_money():
    got = facts(SENTENCES["r_bud_01_danang"], "2025-09-03")
    assert ("Đà Nẵng", "dx_budget", "", "planned", "<", 360) in got


@pytest.mark.parametrize("published", [None, "2022-05"])
def test_a_paragraph_opened_by_a_later_horizon_sets_targets(published):
    got = facts("Vĩnh Long.\n\n" + SENTENCES["r_ecb_04_vinhlong"], published)
    assert ("Vĩnh Long", "ocop_ecommerce_rate", "", "target", "=", 100) in got
    # the same paragraph told after the horizon reports results
    assert ("Vĩnh Long", "ocop_ecommerce_rate", "", "actual", "=", 100) in facts(
        "Vĩnh Long.\n\n" + SENTENCES["r_ecb_04_vinhlong"], "2026-02"
    )


def test_a_rank_on_another_measure_is_left_out_and_the_dti_one_kept():
    got = facts("Bình Dương. " + SENTENCES["r_mek_09_binhduong"], "2024-07")
    assert {(code, v) for _, code, _, _, _, v in got if code.startswith("dti")} == {("dti_rank", 19)}


def test_items_after_a_heading_with_a_later_horizon_are_targets():
    got = facts(SENTENCES["r_hcm_08_hanoi"], "2023-01-24")
    assert {(code, kind, v) for _, code, _, kind, _, v in got} == {
        ("digital_economy_share_grdp", "target", 40),
        ("digital_economy_sector_share", "target", 20),
        ("labor_productivity_growth", "target", 8),
    }


def test_a_count_of_services_out_of_procedures_is_the_numerator():
    got = facts("Bến Tre. " + SENTENCES["r_mek_10_bentre"], "2024-12-06")
    assert ("Bến Tre", "ops_count", "", "actual", "=", 1542) in got
    assert not any(v == 1871 for *_, v in got)


def test_a_phrase_that_only_governs_the_number_before_it():
    got = facts("Phú Thọ. " + SENTENCES["r_pln_10_phutho"], "2022-05")
    assert ("Phú Thọ", "household_fixed_broadband_rate", "", "actual", "~", 80) in got
    assert not facts("Phú Thọ. Cáp quang: hộ gia đình có địa chỉ số đạt 100%.", "2022-05")


def test_ranks_told_before_the_merger_are_on_the_old_map():
    result = extract_document("t", "Chỉ số DTI năm 2024. " + SENTENCES["r_dtn_02_dti34#2"], "2025-10-22", None)
    assert {(f.province_era, f.province_vi, f.value) for f in result.facts} == {
        ("63", "Hồ Chí Minh", 1),
        ("63", "Đà Nẵng", 2),
    }


def test_a_leader_among_the_34_provinces_is_no_group():
    result = extract_document("t", SENTENCES["r_tbk_09_hanoi_dti2024_thanhnien"], "2025-10-21", None)
    assert {(f.province_era, f.province_vi, f.indicator_code, f.value) for f in result.facts} == {
        ("34", "Hà Nội", "dti_rank", 1)
    }


def test_a_rank_in_another_index_is_no_dti_rank():
    text = "Tiền Giang: kết quả Chỉ số chuyển đổi số (DTI). " + SENTENCES["r_yre_06_tiengiang_dti"]
    assert not facts(text, "2023-07")


def test_leading_on_another_measure_is_no_dti_rank():
    text = "Chỉ số DTI của Bình Dương tăng. " + SENTENCES["r_yre_07_binhduong"]
    assert not any(code == "dti_rank" for _, code, *_ in facts(text, "2025-02-10"))


def test_a_count_of_squads_is_no_count_of_services():
    assert not facts("Long An. " + SENTENCES["r_yre_08_longan_tocns"], "2024-10")


def test_a_list_of_provinces_with_their_figures_and_no_owner_for_the_national_one():
    got = facts(SENTENCES["r_yre_02_dvctt_q3_2024"], "2024-10")
    assert got == {
        ("Đà Nẵng", "ops_full_process_rate", "", "actual", "=", 95.6),
        ("Cà Mau", "ops_full_process_rate", "", "actual", "=", 92),
        ("Tây Ninh", "ops_full_process_rate", "", "actual", "=", 92),
    }


def test_a_phrase_misspelt_in_its_diacritics_is_still_found():
    got = facts("Cà Mau. " + SENTENCES["r_dec_02_camau"], "2022")
    assert got == {("Cà Mau", "enterprise_e_contract_rate", "", "actual", ">", 80)}


def test_a_ratio_in_words_and_what_was_done_to_the_things_counted():
    got = facts("Hải Phòng. " + SENTENCES["r_cmx_09_haiphong"], "2025-12-18")
    assert ("Hải Phòng", "ops_national_portal_integrated_count", "", "actual", "=", 1579) in got
    assert not any(v == 1937 for *_, v in got)


def test_a_bullet_sub_heading_with_a_later_horizon_opens_its_own_list():
    text = "Trà Vinh.\n\n" + SENTENCES["r_tbx_05_travinh"] + "\n\n" + SENTENCES["r_tbx_05_travinh#2"]
    result = extract_document("t", text, "2022-09", None)
    got = {(f.indicator_code, f.period, f.value) for f in result.facts}
    assert {
        ("digital_economy_sector_share", "2025", 10),
        ("digital_economy_sector_share", "2030", 20),
        ("digital_economy_share_grdp", "2030", 30),
    } <= got


def test_then_continues_the_previous_paragraphs_horizon():
    text = SENTENCES["r_tbx_07_soctrang"] + ".\n" + SENTENCES["r_tbx_07_soctrang#2"]
    result = extract_document("t", text, "2022", None)
    assert {(f.admin_level, f.value_kind, f.period, f.value) for f in result.facts} == {
        ("province", "target", "2030", 100),
        ("district", "target", "2030", 90),
        ("commune", "target", "2030", 70),
    }


def test_money_for_each_district_is_no_total():
    assert not facts("Hậu Giang. " + SENTENCES["r_bdx_03_haugiang"], "2025")


def test_pillar_ranks_given_respectively_after_the_pillars_were_named():
    result = extract_document("t", "Chỉ số DTI. " + SENTENCES["r_dpl_03_bacgiang"], "2022", None)
    got = {(f.indicator_code, f.period, f.value) for f in result.facts}
    assert {
        ("dti_digital_government_rank", "2021", 15),
        ("dti_digital_economy_rank", "2021", 9),
        ("dti_digital_society_rank", "2021", 9),
        ("dti_digital_society_rank", "2020", 25),
    } <= got


def test_synonyms_of_the_lexicon_words_and_a_list_of_provinces_with_their_figures():
    got = facts(SENTENCES["r_soc_01_smartphone63"], "2022-04-01")
    assert got == {
        ("Sơn La", "adult_smartphone_rate", "", "actual", "=", 58.3),
        ("Điện Biên", "adult_smartphone_rate", "", "actual", "=", 57.6),
        ("Lai Châu", "adult_smartphone_rate", "", "actual", "=", 56.6),
        ("Hà Giang", "adult_smartphone_rate", "", "actual", "=", 56.1),
    }


def test_provinces_listed_after_the_figure_they_share_and_the_year_of_a_yearly_report():
    result = extract_document("t", SENTENCES["r_ltb_01_grdp_top5"], "2023-09", None)
    assert {(f.province_vi, f.comparator, f.value, f.period) for f in result.facts} == {
        (name, ">", 20, "2022") for name in ("Bắc Ninh", "Thái Nguyên", "Bắc Giang", "Hải Phòng", "Vĩnh Phúc")
    }


def test_a_named_communes_figure_is_not_the_provinces():
    text = "Thanh Hóa. Tại xã Thiệu Hóa, phong trào đang lan tỏa. " + SENTENCES["r_soc_08_thanhhoa_thieuhoa"]
    assert not facts(text, "2026-01-23")


def test_a_rank_on_the_public_service_index_is_no_dti_rank():
    text = "Chỉ số chuyển đổi số (DTI). " + SENTENCES["r_ltb_08_quangtri_766"]
    assert not facts(text, "2025-07")


def test_dti_years_written_after_each_rank_and_the_old_map_before_dti_2024():
    result = extract_document("t", SENTENCES["r_y25_02_hue"], "2025-11", None)
    assert {(f.province_era, f.period, f.value) for f in result.facts} == {
        ("63", "2021", 2),
        ("63", "2022", 4),
        ("63", "2023", 3),
        ("34", "2024", 2),
    }


def test_a_breakdown_by_level_after_the_whole_figure():
    got = facts("Cà Mau. " + SENTENCES["r_svx_01_camau"], "2025-12")
    assert got == {
        ("Cà Mau", "tthc_digitization_rate", "", "actual", "=", 82.41),
        ("Cà Mau", "tthc_digitization_rate", "province", "actual", "=", 79.25),
        ("Cà Mau", "tthc_digitization_rate", "commune", "actual", "=", 85.35),
    }


def test_the_map_of_a_text_dated_only_by_its_year_comes_from_its_latest_date():
    text = "Sơn La. " + SENTENCES["r_y25_03_sonla#2"] + ". " + SENTENCES["r_y25_03_sonla"] + "."
    result = extract_document("t", text, "2025", None)
    assert result.province_era == "34"
    assert {(f.indicator_code, f.value) for f in result.facts} == {("commune_fiber_coverage_rate", 100)}


def test_an_overdue_rate_is_no_catalog_measure():
    result = extract_document("t", "Thái Bình. " + SENTENCES["r_svx_04_thaibinh"] + ".", "2023", None)
    assert not result.facts
    assert [u["reason"] for u in result.unmapped] == ["an on-time or overdue rate, not a catalog measure"]


def test_integration_with_a_payment_gateway_is_no_national_portal_count():
    assert not facts("Đồng Nai. Thực hiện " + SENTENCES["r_svb_02_dongnai#2"] + ".", "2023")


def test_a_list_takes_the_period_of_the_short_heading_above_its_own():
    result = extract_document("t", "Cần Thơ.\n\n" + SENTENCES["r_p26_01_cantho"], "2025-12-30", None)
    assert {(f.indicator_code, f.value, f.period) for f in result.facts} == {
        ("ops_full_process_rate", 100, "2026-2027")
    }


def test_the_year_of_a_dated_start():
    result = extract_document("t", "Bắc Ninh. " + SENTENCES["r_egv_05_bacninh"], "2021", None)
    assert {(f.admin_level, f.value, f.period) for f in result.facts} == {
        ("province", 90, "2021"),
        ("district", 85, "2021"),
        ("commune", 80, "2021"),
    }


def test_a_sentence_without_a_measure_goes_on_with_the_previous_one_after_voi():
    got = facts(SENTENCES["r_soc_01_smartphone63#2"], "2022-04-01")
    assert {(name, v) for name, code, *_, v in got if code == "adult_smartphone_rate"} == {
        ("Hải Phòng", 78.4),
        ("Đà Nẵng", 77.8),
        ("Hồ Chí Minh", 75.7),
        ("Hà Nội", 74.5),
    }


def test_a_rate_in_brackets_after_a_count_inside_its_measure_phrase():
    got = facts("Quảng Ninh. Năm 2024, " + SENTENCES["r_svd_04_quangninh"] + ".", "2025")
    assert got == {
        ("Quảng Ninh", "tthc_digitization_rate", "province", "actual", "=", 99.1),
        ("Quảng Ninh", "tthc_digitization_rate", "district", "actual", "=", 99.3),
    }


def test_a_share_of_procedures_offered_as_full_process_services():
    got = facts("Vĩnh Phúc. " + SENTENCES["r_svx_06_vinhphuc"] + ".", "2024-12")
    assert got == {("Vĩnh Phúc", "ops_full_process_rate", "", "actual", "=", 100)}


def test_a_list_of_targets_separated_by_commas_keeps_each_figure_with_its_own_measure():
    got = facts("Lạng Sơn. " + SENTENCES["r_plc_10_langson2022"] + ".", "2022-03")
    assert {(code, comparator, v) for _, code, _, _, comparator, v in got} >= {
        ("digital_economy_share_grdp", "=", 10),
        ("labor_productivity_growth", ">=", 7),
        ("ecommerce_retail_share", "=", 7),
        ("household_fixed_broadband_rate", "=", 75),
    }
    assert not any(code == "hospital_fiber_coverage_rate" for _, code, *_ in got)


def test_dossiers_received_are_the_total_the_online_ones_only_a_part():
    got = facts("Kon Tum. " + SENTENCES["r_rsd_04_kontum#dossiers"], "2023-03")
    assert ("Kon Tum", "dossier_total_count", "", "actual", "=", 56039) in got
    online = facts("Thái Bình. " + SENTENCES["r_svx_04_thaibinh#dossiers"], "2023-06")
    assert not any(code == "dossier_total_count" for _, code, *_ in online)


def test_the_level_of_the_departments_and_not_that_of_the_next_figure():
    got = facts("Bắc Ninh. " + SENTENCES["r_svd_01_bacninh#dossiers"] + ".", "2022-11")
    assert ("Bắc Ninh", "dossier_total_count", "province", "actual", "~", 8500) in got
    # "các sở, ngành, địa phương" are all levels; "ở cấp tỉnh" is the level of the next figure (99%)
    got = facts("Vĩnh Phúc. " + SENTENCES["r_svd_02_vinhphuc#dossiers"], "2023-04")
    assert ("Vĩnh Phúc", "dossier_total_count", "", "actual", ">", 36700) in got


def test_a_count_between_rates_does_not_hide_the_measure_of_the_provinces_in_brackets():
    got = facts(SENTENCES["r_res_04_hanam#dossiers"], "2025-01")
    assert ("Hà Nam", "dossier_total_count", "", "actual", "=", 168000) in got
    assert {(name, v) for name, code, *_, v in got if code == "dossier_full_online_rate"} == {
        ("Hà Nam", 68.54),
        ("Đà Nẵng", 58.89),
        ("Hà Giang", 55.76),
        ("Nam Định", 52.96),
    }


def test_video_conference_points_are_a_count_for_every_level_they_span():
    got = facts(SENTENCES["r_nor_05_hagiang#points"] + ".", "2022-12")
    assert got == {("Hà Giang", "video_conference_unit_count", "", "actual", "=", 241)}


def test_the_tasks_of_a_plan_are_planned_however_the_sentence_tells_them():
    got = facts("Cần Thơ. " + SENTENCES["r_bdb_06_cantho#tasks"] + ".", "2023-08")
    assert {(code, kind, v) for _, code, _, kind, _, v in got} == {("dx_task_count", "planned", 33)}


def test_the_measure_around_its_owner_and_the_short_word_for_households():
    got = facts("Huế. Năm 2025, " + SENTENCES["r_y25_02_hue#filed"] + ".", "2025-10")
    assert got == {("Huế", "dossier_online_rate", "", "actual", "=", 91)}
    got = facts("Sơn La. Năm 2025, " + SENTENCES["r_y25_03_sonla#households"] + ".", "2025-10")
    assert got == {("Sơn La", "household_smartphone_rate", "", "actual", ">", 96)}


def test_a_dti_2024_rank_is_on_the_34_province_map_when_the_date_cannot_tell():
    result = extract_document("t", SENTENCES["r_dtp_10_thainguyen_2024#map"] + ".", "2025")
    got = {(f.province_era, f.province_code, f.indicator_code, f.period, f.value) for f in result.facts}
    assert got == {("34", "19", "dti_rank", "2024", 8)}


def test_a_ranking_table_flattened_to_text_is_read_against_its_header(pytestconfig):
    """The DTI 2021 table of dti.gov.vn, as its page text reads: rank and score of each column around the name."""
    text = (pytestconfig.rootpath / DEV / "r_zda_04_dti2021_top5.txt").read_text(encoding="utf-8")
    result = extract_document("t", text, "2022")
    by_cell = {(f.province_vi, f.indicator_code): f.value for f in result.facts}
    assert len(by_cell) == 40 and {(f.province_era, f.period) for f in result.facts} == {("63", "2021")}
    expected = {
        ("Đà Nẵng", "dti_rank"): 1,
        ("Đà Nẵng", "dti_score"): 0.6419,
        ("Hồ Chí Minh", "dti_digital_economy_score"): 0.5773,
        ("Bắc Ninh", "dti_digital_economy_rank"): 6,
        ("Lạng Sơn", "dti_rank"): 5,
        ("Lạng Sơn", "dti_digital_society_score"): 0.5168,
    }
    assert {cell: by_cell[cell] for cell in expected} == expected


def test_one_figure_for_two_measures_joined_by_and():
    got = facts("Gia Lai. Năm 2025, " + SENTENCES["r_zsv_02_gialai#shared"] + ".", "2025-06")
    assert {(code, v) for _, code, *_, v in got} == {
        ("sme_digital_platform_rate", 67),
        ("e_invoice_rate", 100),
        ("e_tax_payment_rate", 100),
    }


def test_a_rank_takes_the_year_written_after_its_provinces():
    result = extract_document("t", "Gia Lai. " + SENTENCES["r_zsv_02_gialai#years"], "2025-06")
    assert {(f.indicator_code, f.period, f.value) for f in result.facts} == {
        ("dti_rank", "2022", 62),
        ("dti_rank", "2024", 55),
    }


def test_a_range_of_money_is_no_budget():
    assert (
        facts("Quảng Trị đặt mục tiêu chuyển đổi số; " + SENTENCES["r_zec_06_quangtri#range"] + ".", "2025-09") == set()
    )


def test_mobile_coverage_of_villages_is_not_fibre():
    got = facts("Lào Cai. Năm 2024, " + SENTENCES["r_zsv_03_laocai#coverage"], "2024-10")
    assert {(code, v) for _, code, *_, v in got} == {("village_fiber_coverage_rate", 85.5)}


def test_a_new_subject_after_and_takes_the_next_figure():
    got = facts("Huế. Năm 2024, " + SENTENCES["r_zsv_08_hue#and"] + ".", "2025-04")
    assert ("Huế", "household_fixed_broadband_rate", "", "actual", "=", 83.19) in got
    assert not any(code == "household_fixed_broadband_rate" and v == 84.31 for _, code, *_, v in got)


def test_the_budget_of_a_plan_is_planned():
    got = facts("Bến Tre. " + SENTENCES["r_bdx_02_bentre#plan"] + ".", "2020")
    assert {(code, kind, comparator, v) for _, code, _, kind, comparator, v in got} == {
        ("dx_budget", "planned", "~", 1300)
    }


def test_services_offered_after_cung_cap_and_the_partial_ones_are_only_a_part():
    got = facts("Vĩnh Phúc. Năm 2024, " + SENTENCES["r_svd_05_vinhphuc_2024#offered"], "2024-07")
    assert ("Vĩnh Phúc", "ops_count", "", "actual", "=", 1474) in got
    assert not any(v == 596 for *_, v in got)


@pytest.mark.parametrize(
    "province, key, published",
    [
        ("Tiền Giang", "r_zdg_06_tiengiang#rise", "2023-09"),
        ("Đà Nẵng", "r_zrd_02_danang#growth", "2023-06"),
        ("Thanh Hóa", "r_zcm_05_thanhhoa#levels", "2026"),
    ],
    ids=["a_rise_above_100", "a_yearly_growth_rate", "two_levels_of_government"],
)
def test_a_rise_a_yearly_growth_and_a_count_of_levels_are_no_facts(province, key, published):
    text = f"{province} đẩy mạnh chuyển đổi số, kinh tế số chiếm tỷ trọng trong GRDP. {SENTENCES[key]}."
    assert facts(text, published) == set()


def test_a_past_year_in_a_list_of_a_plans_targets_is_still_a_target():
    got = facts("Khánh Hòa. " + SENTENCES["r_zdg_01_khanhhoa#frame"] + ".", "2024-02")
    assert got == {("Khánh Hòa", "school_digital_rate", "", "target", "=", 50)}


def test_a_text_after_the_merger_about_a_former_province_is_on_the_old_map(pytestconfig):
    text = (pytestconfig.rootpath / DEV / "r_zrd_03_bariavungtau.txt").read_text(encoding="utf-8")
    result = extract_document("t", text, "2025-08-19")
    got = {(f.province_era, f.province_code, f.indicator_code, f.value) for f in result.facts}
    assert ("63", "77", "household_smartphone_rate", 97) in got
    assert ("63", "77", "e_health_record_rate", 95) in got
    assert all(f.province_era == "63" for f in result.facts)


def test_the_group_of_63_or_34_provinces_names_the_map_of_a_rank():
    text = "Chỉ số chuyển đổi số (DTI) năm 2024. " + SENTENCES["r_zrd_04_hochiminh#maps"]
    result = extract_document("t", text, "2025-10-21")
    got = {(f.province_era, f.province_code, f.indicator_code, f.value) for f in result.facts}
    assert got == {("63", "79", "dti_rank", 1), ("34", "79", "dti_rank", 4)}
    # leading on sub-indices is no DTI rank
    text = "Chỉ số chuyển đổi số (DTI) năm 2024. " + SENTENCES["r_zrd_04_hochiminh#subindex"] + "."
    assert extract_document("t", text, "2025-10-21").facts == []


def test_documents_sent_with_a_digital_signature():
    got = facts("Quảng Ninh. Năm 2020, " + SENTENCES["r_zdg_03_quangninh#signed"] + ".", "2021")
    assert got == {("Quảng Ninh", "digital_signature_document_rate", "", "actual", ">", 98)}


def test_personal_bank_accounts_in_a_paragraph_on_payments():
    text = "Quảng Ninh đẩy mạnh thanh toán trực tuyến. " + SENTENCES["r_zsk_01_quangninh#accounts"] + "."
    assert facts(text, "2024-10") == {("Quảng Ninh", "bank_transaction_account_count", "", "actual", ">", 3_400_000)}


def test_mobile_coverage_of_commune_centres_is_the_telecom_coverage():
    got = facts("Điện Biên. " + SENTENCES["r_zsk_05_dienbien#mobile"] + ".", "2023")
    assert ("Điện Biên", "commune_telecom_coverage_rate", "", "actual", "=", 100) in got
    assert not any(code.endswith("fiber_coverage_rate") for _, code, *_ in got)


def test_the_year_of_a_result_published_in_january_is_the_year_before():
    result = extract_document("t", "Đà Nẵng. " + SENTENCES["r_ecb_01_danang#january"] + ".", "2025-01")
    assert [(f.indicator_code, f.period, f.period_source, f.value) for f in result.facts] == [
        ("digital_economy_share_grdp", "2024", "publication", 20.69)
    ]


def test_a_figure_without_a_year_takes_the_year_of_the_paragraphs_figure_before_it():
    result = extract_document("t", SENTENCES["r_res_04_hanam#dossiers"], "2025-01")
    periods = {(f.province_vi, f.period) for f in result.facts if f.indicator_code == "dossier_full_online_rate"}
    assert periods == {("Hà Nam", "2024"), ("Đà Nẵng", "2024"), ("Hà Giang", "2024"), ("Nam Định", "2024")}


def test_a_year_before_a_province_named_dong_is_no_money(pytestconfig):
    """'năm 2022 Đồng Tháp': 'Đồng' begins the province's name, it is no currency."""
    text = (pytestconfig.rootpath / DEV / "r_zlm_02_dongthap.txt").read_text(encoding="utf-8")
    result = extract_document("t", text, "2022")
    assert not any(f.indicator_code == "dx_budget" and f.value < 0.001 for f in result.facts)


def test_this_years_ranking_leads_all_three_pillars_and_averages_and_groups_are_no_ranks():
    result = extract_document("t", SENTENCES["r_zct_07_danang#pillars"] + ".", "2023-07")
    got = {(f.indicator_code, f.value) for f in result.facts}
    assert {
        ("dti_score", 0.8002),
        ("dti_digital_government_rank", 1),
        ("dti_digital_economy_rank", 1),
        ("dti_digital_society_rank", 1),
    } <= got
    assert not any(v == 5 for _, v in got)  # "xếp hạng năm nay" is this year's ranking, not the fifth place
    assert extract_document("t", "Đà Nẵng. " + SENTENCES["r_zct_07_danang#average"], "2023-07").facts == []
    assert extract_document("t", SENTENCES["r_zct_05_hue#oneof"] + ".", "2024-01").facts == []


def test_households_that_already_have_a_smartphone():
    got = facts(SENTENCES["r_zct_01_danang#households"] + ".", "2022-10")
    assert got == {("Đà Nẵng", "household_smartphone_rate", "", "actual", "=", 99)}


def test_a_ratio_per_1000_people_named_before_its_figure():
    got = facts(SENTENCES["r_zct_02_hochiminh#per1000"] + ".", "2024")
    assert got == {("Hồ Chí Minh", "digital_tech_enterprise_per_1000", "", "actual", "=", 3.1)}


def test_an_abbreviation_in_brackets_does_not_break_a_measure_phrase():
    got = facts(SENTENCES["r_zct_01_danang#abbreviations"] + ".", "2022-10")
    assert got == {("Đà Nẵng", "ops_full_process_rate", "", "actual", "=", 97)}


def test_items_whose_bullet_stands_alone_on_the_line_above_take_their_headings_year(pytestconfig):
    text = (pytestconfig.rootpath / DEV / "r_zhl_08_kontum.txt").read_text(encoding="utf-8")
    title = "Nâng cao hiệu quả dịch vụ công trực tuyến đến năm 2025, định hướng 2030"  # its meta.json's
    result = extract_document("t", text, "2025-04", title)
    got = {(f.period, f.value) for f in result.facts if f.indicator_code == "adult_ops_usage_rate"}
    assert got == {("2025", 50), ("2030", 70)}


def test_levels_named_before_tuong_ung_pair_with_the_figures_after_it():
    text = "Vĩnh Phúc phấn đấu đến năm 2025: " + SENTENCES["r_zpy_04_vinhphuc#respective"] + "."
    got = {(level, kind, v) for _, code, level, kind, _, v in facts(text, "2021") if code == "tthc_digitization_rate"}
    assert got == {("province", "target", 30), ("district", "target", 20), ("commune", "target", 15)}


def test_the_amount_paid_online_and_an_on_time_rate_named_far_before_its_figure():
    got = facts("Khánh Hòa. Quý I năm 2024, có hơn 38." + SENTENCES["r_zpy_01_khanhhoa#payments"] + ".", "2024-03")
    assert ("Khánh Hòa", "ops_e_payment_amount", "", "actual", ">", 35.8) in got
    assert facts("Khánh Hòa. " + SENTENCES["r_zpy_01_khanhhoa#ontime"] + ".", "2024-03") == set()


def test_the_network_a_coverage_figure_counts_is_named_in_its_own_clause():
    got = facts("Điện Biên. Hiện trên địa bàn tỉnh có " + SENTENCES["r_inf_03_dienbien#networks"] + ".", "2023")
    fibre = {(code, v) for _, code, _, _, _, v in got if "fiber" in code or "telecom" in code}
    assert fibre == {
        ("commune_telecom_coverage_rate", 100),
        ("commune_fiber_coverage_rate", 100),
        ("village_fiber_coverage_rate", 88.5),
    }


@pytest.mark.parametrize("key", ["r_bud_09_laichau#mobile", "r_dtn_09_gialai#mobile"])
def test_villages_covered_by_mobile_broadband_are_no_fibre_coverage(key):
    got = facts(SENTENCES[key], "2025-06")
    assert not any(code == "village_fiber_coverage_rate" for _, code, *_ in got)


def test_the_localities_within_a_province_are_no_group_of_provinces():
    got = facts("Lâm Đồng. " + SENTENCES["r_nwp_04_lamdong#localities"] + ".", "2024")
    assert got == {("Lâm Đồng", "community_digital_team_count", "commune", "actual", "=", 142)}


@pytest.mark.parametrize(
    ("key", "province", "value"),
    [("r_svb_02_dongnai#integrated", "Đồng Nai", 1127), ("r_zct_03_hanoi#integrated", "Hà Nội", 1389)],
)
def test_a_count_introduced_by_its_verb_and_a_colon_or_followed_by_what_was_done_to_it(key, province, value):
    got = facts(f"{province}. Tỉnh " + SENTENCES[key] + ".", "2023")
    assert got == {(province, "ops_national_portal_integrated_count", "", "actual", "=", value)}


def test_the_plan_of_the_whole_economys_investment_in_brackets_is_no_digital_money():
    assert facts("Ninh Thuận. " + SENTENCES["r_zhl_03_ninhthuan#plan"] + ".", "2023-12") == set()


def test_a_share_of_people_or_bodies_the_lexicon_does_not_name_is_no_measure_named_before_it(pytestconfig):
    text = "Quảng Ninh. Hộ gia đình có cáp quang đạt 90%. "
    got = facts(text + SENTENCES["r_zke_02_quangninh#users"] + ".", "2025")
    assert got == {("Quảng Ninh", "household_fixed_broadband_rate", "", "actual", "=", 90)}
    # nor the measure of the paragraph before ("hệ thống thanh toán trực tuyến ... vận hành thông suốt")
    whole = (pytestconfig.rootpath / DEV / "r_zxa_02_angiang.txt").read_text(encoding="utf-8")
    assert SENTENCES["r_zxa_02_angiang#bodies"] in whole
    assert extract_document("t", whole, "2025-11-24").facts == []


def test_the_procedures_eligible_for_online_service_are_no_count_of_services():
    got = facts("Tây Ninh. " + SENTENCES["r_zxa_01_tayninh#eligible"], "2026-01-02")
    assert not any(code == "ops_count" for _, code, *_ in got)
    assert ("Tây Ninh", "ops_full_process_rate", "", "actual", "=", 95.13) in got


def test_a_streak_of_years_leading_the_dti_is_no_rank_of_one_year():
    assert facts(SENTENCES["r_zke_06_danang_hoithao#streak"], "2025-09") == set()


def test_an_estimate_for_a_past_year_stays_an_estimate():
    text = "Thái Nguyên. Tỉnh hiện có 324 doanh nghiệp công nghệ số; " + SENTENCES["r_zke_03_thainguyen#estimate"]
    got = facts(text + ".", "2025")
    assert {(kind, v) for _, code, _, kind, _, v in got if code == "digital_tech_enterprise_revenue"} == {
        ("estimate", 711600)
    }


def test_one_figure_for_every_rate_listed_before_it_and_targets_given_to_bodies_of_several_levels():
    got = facts("Gia Lai. " + SENTENCES["r_svx_05_gialai#all"] + ".", "2026-03")
    # the middle item ("tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến") is no catalog rate
    assert got == {
        ("Gia Lai", "tthc_e_result_rate", "", "target", "=", 100),
        ("Gia Lai", "ops_online_payment_rate", "", "target", "=", 100),
    }


def test_a_rate_per_team_and_year_is_no_budget():
    assert facts("Đà Nẵng. " + SENTENCES["r_zbg_07_danang#rate"] + ".", "2024-08") == set()


def test_money_to_invest_is_planned_an_estimate_is_planned_and_money_used_is_spent():
    got = facts("Quảng Ngãi. " + SENTENCES["r_zbg_05_quangngai#invest"] + ".", "2023-08")
    assert got == {("Quảng Ngãi", "dx_budget", "", "planned", ">", 27)}
    text = "Chương trình Chuyển đổi số An Giang giai đoạn 2021-2025. " + SENTENCES["r_zbg_03_angiang#spent"] + "."
    money = {(kind, v) for _, code, _, kind, _, v in facts(text, "2023") if code == "dx_budget"}
    assert money == {("planned", 389), ("actual", 56)}


def test_figures_in_brackets_after_the_name_of_a_district_are_the_districts():
    text = "Quảng Nam đẩy mạnh kích hoạt tài khoản định danh điện tử. " + SENTENCES["r_zvb_05_quangnam#districts"] + "."
    assert facts(text, "2023-06") == set()


def test_a_look_alike_of_the_letter_d_with_stroke_is_read_as_it():
    """The page prints "CNSCÐ" with U+00D0 (Icelandic eth) for "Đ"."""
    assert "\u00d0" in SENTENCES["r_zcx_04_camau#eth"]
    got = facts("Cà Mau. " + SENTENCES["r_zcx_04_camau#eth"] + ".", "2023")
    assert {(code, v) for _, code, _, _, _, v in got} == {
        ("community_digital_team_count", 364),
        ("community_digital_team_member_count", 1729),
    }


def test_a_gapped_phrase_around_the_figure_beats_a_noun_after_it_that_needs_other_words():
    got = facts("An Giang. " + SENTENCES["r_zcx_05_angiang#fibre"] + ".", "2022")
    assert got == {("An Giang", "commune_fiber_coverage_rate", "", "actual", "=", 100)}


def test_two_subjects_listed_before_one_predicate_share_the_figure():
    got = facts("Vĩnh Phúc. Đến nay, " + SENTENCES["r_ecb_03_vinhphuc#two"] + ".", "2024")
    assert got == {
        ("Vĩnh Phúc", "school_digital_rate", "", "actual", "=", 100),
        ("Vĩnh Phúc", "hospital_cashless_rate", "", "actual", "=", 100),
    }


def test_context_words_are_found_under_their_other_names():
    got = facts(SENTENCES["r_zag_01_gialai#tmdt"] + ".", "2024")
    assert got == {("Gia Lai", "ecommerce_retail_share", "", "actual", "~", 8)}


def test_products_counted_off_any_platform_and_targets_met_are_no_platform_or_task_counts():
    assert facts(SENTENCES["r_zag_06_thanhhoa#ocop"] + ".", "2023") == set()
    assert facts("Lâm Đồng. Theo Sở Công thương, " + SENTENCES["r_zag_04_lamdong#targets"] + ".", "2023-11") == set()


def test_base_stations_as_points_a_count_per_commune_and_a_rate_with_its_own_subject():
    got = facts("Thái Nguyên. " + SENTENCES["r_zhn_06_thainguyen#bts"] + ".", "2024")
    assert got == {("Thái Nguyên", "mobile_bts_count", "", "actual", "=", 1830)}


def test_a_province_name_inside_a_hospitals_name_and_a_count_of_schools_are_no_facts():
    text = "Sở Y tế cho hay, tỷ lệ thanh toán viện phí không dùng tiền mặt vẫn còn khá thấp. "
    assert facts(text + SENTENCES["r_zed_07_binhdinh#hospital"] + ".", "2023") == set()
    assert facts("Lào Cai. " + SENTENCES["r_zed_06_laocai#schools"] + ".", "2024") == set()


def test_the_provincial_one_stop_centres_dossiers_are_province_level_and_the_online_ones_a_part():
    got = facts(SENTENCES["r_zp3_01_binhthuan#centre"] + " " + SENTENCES["r_zp3_01_binhthuan#online"], "2025")
    assert ("Bình Thuận", "dossier_total_count", "province", "actual", "=", 94665) in got
    assert not any(v == 50693 for *_, v in got)


def test_a_provinces_ranking_of_its_departments_and_another_programmes_money_are_no_facts():
    assert facts(SENTENCES["r_zp2_07_daknong#departments"] + ".", "2024") == set()
    assert facts(SENTENCES["r_zp3_03_travinh#programme"] + ".", "2023") == set()


def test_a_count_of_communes_listed_with_commas_and_its_past_verb_after_it_in_a_plan():
    text = "Kế hoạch chuyển đổi số năm 2025 của tỉnh Ninh Bình. " + SENTENCES["r_nwb_07_ninhbinh#communes"] + "."
    got = facts(text, "2025-08")
    assert got == {("Ninh Bình", "video_conference_unit_count", "commune", "actual", "=", 129)}


def test_a_total_told_after_a_part_of_the_same_measure_is_the_fact_kept():
    part = "Gia Lai: mạng 5G đã được triển khai bước đầu tại các khu vực trung tâm với 167 trạm thu, phát sóng. "
    got = facts(part + SENTENCES["r_dtn_09_gialai#total"] + ".", "2025-08")
    assert got == {("Gia Lai", "mobile_bts_count", "", "actual", "=", 8828)}


def test_a_provinces_ranking_of_its_departments_and_wards_named_like_provinces_are_no_dti_ranks():
    text = "UBND tỉnh Phú Thọ công bố xếp hạng mức độ chuyển đổi số năm 2025. "
    text += SENTENCES["r_z26_04_phutho#departments"] + "\n\n" + SENTENCES["r_z26_04_phutho#wards"] + "."
    assert facts(text, "2026-02-26") == set()


def test_a_list_opened_by_phan_dau_is_of_targets_and_ocop_products_off_any_platform_are_no_measure():
    got = facts(SENTENCES["r_ztl_02_dongthap#targets"] + ".", "2024")
    assert got == {("Đồng Tháp", "ocop_ecommerce_rate", "", "target", "=", 100)}


def test_a_ranking_of_ministries_and_provinces_named_together_and_the_whole_country_after_the_map():
    got = facts(SENTENCES["r_zdt_02_tuyenquang#rank"] + ".", "2021-10-21")
    assert got == {("Tuyên Quang", "dti_rank", "", "actual", "=", 44)}


def test_satisfaction_with_the_handling_of_feedback_is_no_satisfaction_with_procedures():
    text = "Hà Nội. Ứng dụng iHanoi tiếp nhận ý kiến, " + SENTENCES["r_zcs_03_hanoi#feedback"] + "."
    assert facts(text, "2024") == set()


def test_a_review_of_2025_dated_only_2025_is_on_the_new_map():
    text = SENTENCES["r_zn1_01_haiphong#review"] + ". Có 3.790 tổ công nghệ số cộng đồng."
    result = extract_document("t", text, "2025")
    assert result.province_era == "34"
    assert {(f.province_era, f.province_code, f.value) for f in result.facts} == {("34", "31", 3790)}


def test_the_share_of_documents_signed_digitally():
    got = facts("Thanh Hóa. " + SENTENCES["r_zn3_01_thanhhoa#signed"] + ".", "2024")
    assert ("Thanh Hóa", "digital_signature_document_rate", "", "actual", ">", 98) in got


def test_the_rank_a_province_rose_from_is_the_year_befores():
    text = "Bộ TT&TT công bố chỉ số chuyển đổi số DTI năm 2022. " + SENTENCES["r_rsb_03_yenbai_dti#from"]
    got = {(f.indicator_code, f.period, f.value) for f in extract_document("t", text, "2023-07").facts}
    assert got == {("dti_rank", "2021", 27), ("dti_rank", "2022", 15)}


def test_a_target_without_a_year_anywhere_takes_the_publication_year():
    """The spec: the period is empty only when neither the text nor the publication date tells."""
    text = "Tỉnh Bình Dương. " + SENTENCES["r_rsb_01_binhduong#target"] + "."
    (fact,) = extract_document("t", text, "2025-04").facts
    assert (fact.value_kind, fact.period, fact.period_source) == ("target", "2025", "publication")
    (undated,) = extract_document("t", text, None).facts
    assert undated.period == ""


def test_a_long_paragraph_announces_the_list_below_with_its_last_sentence(pytestconfig):
    """A paragraph "... tỉnh Gia Lai đã ban hành ... Kết quả đạt được đến hết năm 2022 ... như sau:", then the
    figures: results of 2022, although the headline calls the page a plan for 2023."""
    text = (pytestconfig.rootpath / DEV / "r_zhl_02_gialai.txt").read_text(encoding="utf-8")
    assert len(text.split("\n")[0]) > 400  # the announcing sentence closes a long paragraph
    result = extract_document("t", text, "2023", "Kế hoạch chuyển đổi số tỉnh Gia Lai năm 2023")
    got = {(f.indicator_code, f.value_kind, f.period, f.value) for f in result.facts}
    assert ("household_fixed_broadband_rate", "actual", "2022", 50) in got


def test_a_wrapped_line_above_the_announcing_sentence_gives_it_no_year(pytestconfig):
    """Lines wrapped at 80 characters: "... định hướng đến năm 2030; Quyết định số" is no heading whose year the
    list "Theo đó, một số mục tiêu đã đạt được cụ thể như sau:" takes."""
    text = (pytestconfig.rootpath / DEV / "r_prv_01_baclieu.txt").read_text(encoding="utf-8")
    smartphones = [f for f in extract_document("t", text, "2023").facts if f.indicator_code == "adult_smartphone_rate"]
    assert [(f.value_kind, f.value) for f in smartphones] == [("estimate", 80)]
    assert smartphones[0].period != "2030"


def test_the_share_of_online_services_that_received_dossiers_is_no_share_of_dossiers():
    result = extract_document("t", "Tỉnh Bình Phước. " + SENTENCES["r_tbx_03_binhphuoc#services"] + ".", "2023")
    assert {(f.indicator_code, f.value) for f in result.facts} == {("dossier_full_online_rate", 75)}
    assert any("received dossiers" in u["reason"] and u["number_text"] == "100%" for u in result.unmapped)


def test_a_provincial_papers_own_province_is_the_subject_of_figures_that_name_none(pytestconfig):
    """Báo Long An: "Long An xếp hạng thứ 11/63 ...; xếp thứ 2 (sau TP.Cần Thơ) ...", then "DTI năm 2022 của tỉnh
    có giá trị là 0,6386 ... (có giá trị là 0,4553)" and the pillars with the ranks of the year compared."""
    text = (pytestconfig.rootpath / DEV / "r_zr5_01_longan.txt").read_text(encoding="utf-8")
    result = extract_document("t", text, "2023-11-02", "Tiếp tục nâng cao Chỉ số chuyển đổi số", "Báo Long An")
    got = {(f.province_code, f.indicator_code, f.period, f.value) for f in result.facts}
    assert {
        ("80", "dti_score", "2022", 0.6386),
        ("80", "dti_score", "2021", 0.4553),  # "so với năm 2021 (có giá trị là 0,4553)"
        ("80", "dti_digital_government_rank", "2022", 9),
        ("80", "dti_digital_government_rank", "2021", 11),  # "(tăng 2 hạng so với năm 2021 - xếp hạng 11)"
        ("80", "dti_digital_society_rank", "2022", 8),  # "Xã hội số là 1 trong 3 trụ cột ...": still one pillar
    } <= got
    without_outlet = extract_document("t", text, "2023-11-02", "Tiếp tục nâng cao Chỉ số chuyển đổi số")
    assert not any(f.indicator_code == "dti_score" for f in without_outlet.facts)  # Long An and Cần Thơ: whose?


def test_ranks_of_several_years_each_after_its_year():
    text = SENTENCES["r_zr5_02_longan_ranks#years"]
    got = {(f.period, f.value) for f in extract_document("t", text, "2024-01").facts if f.indicator_code == "dti_rank"}
    assert got == {("2020", 27), ("2021", 21), ("2022", 11)}


def test_the_date_a_cited_resolution_was_issued_is_no_publication_date():
    text = "Theo " + SENTENCES["r_zr5_02_longan_ranks#cited"] + ", " + SENTENCES["r_zr5_02_longan_ranks#years"]
    got = {(f.period, f.value) for f in extract_document("t", text, None).facts if f.indicator_code == "dti_rank"}
    assert got == {("2020", 27), ("2021", 21), ("2022", 11)}  # read as published in 2021, only 2020 was possible


def test_a_sentence_opened_by_trong_do_details_the_sentence_before():
    """The headline "Thái Bình: Phấn đấu ..." makes a plan, but the targets listed were met."""
    text = "Thái Bình: Phấn đấu tỷ lệ dịch vụ công trực tuyến toàn tỉnh năm 2024 đạt 80% trở lên\n"
    text += SENTENCES["r_zr1_01_thaibinh#done"] + "\n" + SENTENCES["r_zr1_01_thaibinh#detail"]
    got = {(f.indicator_code, f.admin_level, f.value_kind) for f in extract_document("t", text, None).facts}
    assert ("work_records_online_rate", "province", "actual") in got


def test_online_services_of_level_4_are_full_process_services():
    """The name "mức độ 4" is what full-process online services had before 2022; as with "toàn trình", the phrase
    governs a figure after it only: "100% dịch vụ công trực tuyến mức độ 4 ... được tích hợp trên Cổng ..." is a
    share of those services integrated, another measure."""
    text = "Hà Giang: " + SENTENCES["r_dpl_08_hagiang_ict#level4"] + "."
    got = {(f.indicator_code, f.value) for f in extract_document("t", text, "2022").facts}
    assert got == {("ops_full_process_rate", 80.62)}
    text = "Vĩnh Phúc. " + SENTENCES["r_zrk_07_vinhphuc#integrated"] + "."
    assert not any(f.indicator_code == "ops_full_process_rate" for f in extract_document("t", text, "2021").facts)


def test_members_who_attended_a_training_are_no_count_of_members():
    result = extract_document("t", SENTENCES["r_zr2_02_kiengiang#trained"], "2024")
    assert result.facts == []
    assert any(u["number_text"] == "3.000" and "trained" in u["reason"] for u in result.unmapped)


def test_a_share_of_grdp_is_no_growth_of_labour_productivity():
    result = extract_document("t", "Lâm Đồng. " + SENTENCES["r_zr3_03_lamdong#grdp"], "2025-10")
    assert not any(f.indicator_code == "labor_productivity_growth" for f in result.facts)
    assert any(u["number_text"] == "78%" and "GRDP" in u["reason"] for u in result.unmapped)


def test_the_public_investment_plan_is_no_digital_transformation_budget():
    result = extract_document("t", SENTENCES["r_zr4_02_thaibinh_scp#public"], "2021")
    assert result.facts == []
    assert any(u["number_text"].startswith("5.580") for u in result.unmapped)


def test_the_sentence_after_one_that_sets_targets_lists_targets():
    got = {
        (f.admin_level, f.value_kind, f.value)
        for f in extract_document("t", "Trà Vinh. " + SENTENCES["r_zr4_06_travinh_ntm#set"], None).facts
    }
    assert got == {("province", "target", 30), ("district", "target", 25), ("commune", "target", 20)}


def test_a_sentence_measured_against_a_target_sets_none():
    got = {
        (f.indicator_code, f.value_kind)
        for f in extract_document("t", SENTENCES["r_zct_01_danang#beyond"], "2024-12").facts
    }
    assert ("digital_tech_enterprise_per_1000", "actual") in got


def test_the_leader_named_after_the_rank_is_a_department_not_the_province():
    text = "Quảng Nam. Chỉ số DTI của các sở, ngành năm 2023. " + SENTENCES["r_zr5_05_quangnam_songanh#first"]
    assert extract_document("t", text, "2024-03").facts == []


def test_the_total_investment_of_an_e_government_project_in_dong():
    got = {
        (f.indicator_code, f.value_kind, f.value)
        for f in extract_document("t", SENTENCES["r_zr4_01_thaibinh#egov"], None).facts
    }
    assert got == {("dx_budget", "planned", 45)}


def test_the_points_one_meeting_connected_are_no_video_conference_system():
    result = extract_document("t", SENTENCES["r_zra_03_yenbai#meeting"], "2023")
    assert result.facts == []
    assert any("one meeting" in u["reason"] for u in result.unmapped)


def test_another_index_in_a_later_clause_leaves_the_dti_rank_before_it():
    got = {
        (f.indicator_code, f.period, f.value)
        for f in extract_document("t", SENTENCES["r_zra_03_yenbai#par"], "2023").facts
    }
    assert got == {("dti_rank", "2021", 27)}  # not the PAR Index's 6/63


def test_a_communes_own_site_speaks_of_the_commune(pytestconfig):
    """A commune's targets, on its own site; the text names neither the commune nor the province."""
    text = (pytestconfig.rootpath / DEV / "r_zra_07_hungyen_xuantruc.txt").read_text(encoding="utf-8")
    outlet = "Trang thông tin điện tử xã Xuân Trúc (Ân Thi, Hưng Yên)"
    assert extract_document("t", text, None, None, outlet).facts == []
    # its figures are "trên địa bàn xã": the commune's even when a provincial paper prints them
    assert extract_document("t", text, None, None, "Báo Hưng Yên").facts == []
    assert extract_document("t", text.replace("địa bàn xã", "địa bàn tỉnh"), None, None, "Báo Hưng Yên").facts


def test_a_national_text_on_a_provinces_site_gives_no_province_figure(pytestconfig):
    """The portal's national figures ("các bộ, ngành, địa phương đã cung cấp 4.510 dịch vụ công trực tuyến"),
    published by a province's portal; the text names no province."""
    text = (pytestconfig.rootpath / DEV / "r_zu4_05_national_2024.txt").read_text(encoding="utf-8")
    result = extract_document("t", text, "2024-05-09", None, "Cổng thông tin điện tử tỉnh Kon Tum (kontum.gov.vn)")
    assert result.facts == []
    assert "a national text, no province for ops_count" in {u["reason"] for u in result.unmapped}


def test_provinces_a_figure_is_compared_with_are_not_its_province(pytestconfig):
    """Lai Châu's figure: "Tỉnh đã tích hợp 671 dịch vụ ..., chỉ đứng sau các tỉnh Bình Phước, Nam Định"."""
    text = (pytestconfig.rootpath / DEV / "r_zv2_02_laichau.txt").read_text(encoding="utf-8")
    got = {(f.province_vi, f.value) for f in extract_document("t", text).facts}
    assert ("Lai Châu", 671) in got and ("Bình Phước", 671) not in got


def test_a_report_of_results_after_a_plan_issued_before_and_new_rural_communes(pytestconfig):
    """A plan issued before ("đã tham mưu UBND tỉnh ban hành Kế hoạch ...") opens a report of results, not a
    plan; "xã NTM" names no commune; the digital skills of commune officials are not the working-age population's."""
    text = (pytestconfig.rootpath / DEV / "r_zv2_03_phutho_ntm.txt").read_text(encoding="utf-8")
    got = {(f.indicator_code, f.value_kind, f.period, f.value) for f in extract_document("t", text).facts}
    assert ("household_fixed_broadband_rate", "actual", "2023", 75) in got
    assert ("digital_skills_trained_rate", "actual", "2023", 82) in got
    assert ("digital_skills_trained_rate", "actual", "2023", 100) not in got


def test_the_provinces_own_ranking_of_its_cities_and_wards_gives_no_dti_rank(pytestconfig):
    """The province's own ranking of its districts and wards: "UBND thành phố Ninh Bình xếp thứ 1" (the city, not
    the province), "UBND phường Phúc Thành đứng thứ 1", "xếp thứ 2 UBND phường Đông Thành"."""
    text = (pytestconfig.rootpath / DEV / "r_zv3_06_ninhbinh_coquan.txt").read_text(encoding="utf-8")
    assert [f for f in extract_document("t", text, "2023").facts if f.indicator_code.startswith("dti")] == []


def test_a_districts_plan_in_a_provincial_paper_is_the_districts(pytestconfig):
    """The lead names the district ("UBND huyện Đông Giang ban hành kế hoạch ..."), the body no province: the
    provincial paper (Báo Quảng Nam) lends its province to none of the district's targets."""
    text = (pytestconfig.rootpath / DEV / "r_zx3_02_quangnam_donggiang.txt").read_text(encoding="utf-8")
    assert extract_document("t", text, "2025-04", None, "Báo Quảng Nam").facts == []


def test_a_district_site_reposting_the_provinces_plan_speaks_of_the_province(pytestconfig):
    text = (pytestconfig.rootpath / DEV / "r_zdg_02_quangnam.txt").read_text(encoding="utf-8")
    result = extract_document("t", text, "2022-11", None, "Cổng thông tin điện tử huyện Núi Thành (Quảng Nam)")
    assert ("Quảng Nam", "hospital_cashless_rate", 50) in {
        (f.province_vi, f.indicator_code, f.value) for f in result.facts
    }


@pytest.mark.parametrize("tag", ["nq57", "tasks", "added"])
def test_progress_on_resolution_57_gives_no_level_of_a_catalog_measure(tag):
    """People (not households) with gigabit broadband, science and technology tasks, an increase."""
    text = SENTENCES["r_zr8_03_thanhhoa_nq57#lead"] + " "
    assert extract_document("t", text + SENTENCES[f"r_zr8_03_thanhhoa_nq57#{tag}"], "2025-09").facts == []


def test_the_full_process_services_counted_are_a_part_of_all_online_services():
    result = extract_document("t", "Hải Dương. " + SENTENCES["r_zr9_06_haiduong#kinds"], "2025")
    assert not any(f.indicator_code == "ops_count" for f in result.facts)
    assert {u["number_text"] for u in result.unmapped if "part of all online services" in u["reason"]} >= {"335", "664"}


def test_a_fraction_ends_the_stretch_whose_network_a_figure_measures():
    """ "cáp quang ...: 71/71" belongs to the communes; "Phủ sóng 4G đến 98% thôn" is mobile coverage."""
    result = extract_document("t", "Đắk Nông. " + SENTENCES["r_zr8_06_daknong#4g"], "2023")
    assert not any(f.indicator_code == "village_fiber_coverage_rate" for f in result.facts)


def test_fixed_broadband_to_every_commune_is_no_telecom_coverage():
    result = extract_document("t", SENTENCES["r_zr7_05_yenbai_hatang#fixed"], "2024-07")
    assert not any(f.indicator_code == "commune_telecom_coverage_rate" for f in result.facts)


def test_the_grassroots_level_is_the_communes():
    got = {
        (f.admin_level, f.value) for f in extract_document("t", SENTENCES["r_zra_01_haugiang#grassroots"], "2022").facts
    }
    assert got == {("province", 90), ("district", 80), ("commune", 60)}


def test_the_public_services_a_portal_offers_are_online_services():
    got = {
        (f.indicator_code, f.comparator, f.value)
        for f in extract_document("t", "Long An. " + SENTENCES["r_zr5_02_longan_ranks#portal"], "2024-01").facts
    }
    assert got == {("ops_count", ">", 1570)}


def test_what_a_body_must_reach_is_a_target():
    (fact,) = [
        f
        for f in extract_document("t", "Hà Nội. " + SENTENCES["r_zr9_07_hanoi#must"], "2025-07").facts
        if f.value == 80
    ]
    assert (fact.value_kind, fact.comparator) == ("target", ">=")


def test_the_dossiers_sent_by_post_are_a_part_of_all_dossiers():
    result = extract_document("t", "Ninh Bình.\n" + SENTENCES["r_zrd2_01_ninhbinh#post"], "2022-04")
    assert result.facts == []
    assert any("by post" in u["reason"] for u in result.unmapped)


def test_the_dossiers_to_process_are_no_obligation():
    facts = extract_document("t", "Ninh Bình.\n" + SENTENCES["r_zrd2_01_ninhbinh#pending"], "2022-04").facts
    assert {f.value_kind for f in facts if f.value == 101843} == {"actual"}


def test_online_services_of_both_kinds_that_received_dossiers_are_no_dossier_share():
    text = "Quảng Ngãi phấn đấu năm 2023 đạt " + SENTENCES["r_zrd2_04_quangngai#services"] + "."
    assert not any(f.indicator_code == "dossier_online_rate" for f in extract_document("t", text, "2023").facts)


def test_dossiers_people_carry_out_online_are_dossiers_filed_online():
    got = {
        (f.indicator_code, f.value_kind, f.comparator, f.value)
        for f in extract_document("t", SENTENCES["r_zrd2_02_travinh#remote"], "2023").facts
    }
    assert got == {("dossier_online_rate", "target", ">=", 50)}


def test_the_services_of_one_level_are_a_part_of_all_online_services():
    result = extract_document("t", SENTENCES["r_zre2_08_angiang2021#levels"], "2021")
    assert not any(f.value in (573, 244) for f in result.facts)


def test_a_rank_followed_by_its_score_after_the_word_index():
    text = "Xếp hạng chỉ số chuyển đổi số (DTI) hàng năm của tỉnh Sơn La. " + SENTENCES["r_zrc_01_sonla#years"]
    got = {(f.indicator_code, f.period, f.value) for f in extract_document("t", text, "2023-10").facts}
    assert {("dti_rank", "2020", 51), ("dti_score", "2020", 0.2613), ("dti_rank", "2021", 43)} <= got


def test_satisfaction_with_procedures_after_a_share_of_index_points_and_feedback():
    text = "TPHCM. " + SENTENCES["r_zrb_03_hochiminh#points"] + "\n\n" + SENTENCES["r_zrb_03_hochiminh#feedback"]
    got = {(f.indicator_code, f.value) for f in extract_document("t", text, "2025-10-03").facts}
    assert got == {("tthc_satisfaction_rate", 91.72)}


def test_payments_of_fees_not_of_land_dues():
    text = "Kon Tum. " + SENTENCES["r_zrd2_03_kontum#dues"]
    got = {(f.indicator_code, f.value) for f in extract_document("t", text, "2023-10").facts}
    assert got == {("ops_e_payment_transaction_count", 3412), ("ops_e_payment_amount", 0.304443)}


def test_the_dossiers_synchronised_to_the_national_portal():
    got = {
        (f.indicator_code, f.value)
        for f in extract_document("t", "Yên Bái. " + SENTENCES["r_zrd2_05_yenbai#sync"] + ".", "2024").facts
    }
    assert got == {("tthc_result_sync_rate", 90.46)}


def test_a_paragraph_opened_by_a_connective_goes_on_with_the_province_the_previous_one_opened_with(pytestconfig):
    text = (pytestconfig.rootpath / DEV / "r_zrf_05_binhthuan_quangnam.txt").read_text(encoding="utf-8")
    assert SENTENCES["r_zrf_05_binhthuan_quangnam#then"] in text
    (fact,) = [f for f in extract_document("t", text, None).facts if f.value == 180]
    assert fact.province_vi == "Quảng Nam"  # "Về phía tỉnh Quảng Nam, ..." opens the paragraph before


def test_a_count_of_platforms_is_no_count_of_enterprises():
    result = extract_document("t", "Nghệ An. " + SENTENCES["r_zrf_01_nghean#platforms"] + ".", "2022")
    assert not any(f.value == 2 for f in result.facts)


def test_a_share_of_cashless_transactions_is_no_share_of_hospitals():
    text = "Bình Phước. " + SENTENCES["r_zrf_03_binhphuoc#transactions"] + "."
    assert not any(f.indicator_code == "hospital_cashless_rate" for f in extract_document("t", text, "2023").facts)


def test_horizons_without_the_word_year_and_or_more_after_the_figure():
    got = {
        (f.indicator_code, f.period, f.comparator, f.value)
        for f in extract_document("t", SENTENCES["r_zrg_01_thanhhoa#horizons"] + ".", "2021-11-10").facts
    }
    assert got == {
        ("digital_economy_share_grdp", "2025", ">=", 20),
        ("digital_economy_share_grdp", "2030", ">=", 30),
    }


@pytest.mark.parametrize(
    "province,tag,code,value",
    [
        ("Hà Nội", "r_zr9_07_hanoi#communes", "dossier_online_rate", 60),
        ("Trà Vinh", "r_zrd2_02_travinh#fees", "ops_online_payment_rate", 60),
        ("Bình Dương", "r_zr9_01_binhduong#tthc", "ops_count", 1352),
        ("Hậu Giang", "r_zra_01_haugiang#reports", "reporting_regime_connected_rate", 100),
    ],
)
def test_wordings_of_catalog_measures_found_in_session_9(province, tag, code, value):
    text = f"Năm 2023, tỉnh {province}: {SENTENCES[tag]}."
    assert (code, value) in {(f.indicator_code, f.value) for f in extract_document("t", text, "2023").facts}


def test_a_paragraph_that_opens_on_results_reports_results_under_a_plans_headline():
    text = SENTENCES["r_zrh_01_cantho#results"] + " Cụ thể, " + SENTENCES["r_zrh_01_cantho#rate"] + "."
    title = "Cần Thơ triển khai thực hiện có hiệu quả Kế hoạch chuyển đổi số năm 2024"
    (fact,) = extract_document("t", text, "2024-06-06", title).facts
    assert (fact.indicator_code, fact.value_kind, fact.value) == ("dossier_online_rate", "actual", 69)


def test_topic_items_after_a_list_heading_are_items_of_that_list(pytestconfig):
    """The heading "Mục tiêu cụ thể đến năm 2025, bao gồm:", then "Về hoàn thiện chính quyền điện tử ...: ..." and
    "Về phát triển kinh tế số ...: kinh tế số chiếm 20% GRDP ...": targets of 2025, both paragraphs."""
    text = (pytestconfig.rootpath / DEV / "r_zrh_02_cantho_kh2025.txt").read_text(encoding="utf-8")
    facts = extract_document("t", text, None).facts
    got = {(f.value_kind, f.period) for f in facts if f.indicator_code == "digital_economy_share_grdp"}
    assert got == {("target", "2025")}


def test_pillar_ranks_after_a_colon_with_their_change_in_brackets():
    text = (
        "Chỉ số DTI năm 2022, tỉnh Khánh Hòa xếp vị trí 41/63. " + SENTENCES["r_zrj_01_khanhhoa_dti2022#pillars"] + "."
    )
    got = {(f.indicator_code, f.value) for f in extract_document("t", text, "2023-10-30").facts}
    assert got == {
        ("dti_rank", 41),
        ("dti_digital_government_rank", 44),
        ("dti_digital_economy_rank", 30),
        ("dti_digital_society_rank", 36),
    }


def test_the_growth_of_the_digital_economy_and_its_share_of_gdp_are_no_provincial_share():
    text = "Tỉnh Ninh Thuận. " + SENTENCES["r_zrj_04_ninhthuan_national#growth"]
    assert extract_document("t", text, "2024-07").facts == []


@pytest.mark.parametrize("tag", ["r_zrh_02_cantho_kh2025#identified", "r_egv_05_bacninh#signed"])
def test_what_users_or_electronic_results_must_have_is_no_usage_or_e_result_rate(tag):
    codes = {f.indicator_code for f in extract_document("t", "Tỉnh Bắc Ninh. " + SENTENCES[tag] + ".", "2021").facts}
    assert not codes & {"adult_ops_usage_rate", "tthc_e_result_rate"}


def test_electronic_signatures_issued_to_people(pytestconfig):
    text = (pytestconfig.rootpath / DEV / "r_rsd_06_thanhhoa.txt").read_text(encoding="utf-8")
    assert SENTENCES["r_rsd_06_thanhhoa#signatures"] in text
    got = {(f.indicator_code, f.value) for f in extract_document("t", text, "2025").facts if f.value == 26.3}
    assert got == {("adult_digital_signature_rate", 26.3)}


def test_each_pillar_named_after_its_rank_in_a_ranking():
    text = "Chỉ số DTI 2020 vừa được công bố. " + SENTENCES["r_zrk_05_haiphong_dti2020#pillars"] + "."
    got = {(f.indicator_code, f.value) for f in extract_document("t", text, "2021-10").facts}
    assert got == {
        ("dti_digital_government_rank", 33),
        ("dti_digital_economy_rank", 20),
        ("dti_digital_society_rank", 14),
    }


def test_a_rank_after_but_and_a_score_of_the_last_placed(pytestconfig):
    """Goals set before "tuy nhiên" do not make the rank after it a target; "xếp cuối cùng" ranks."""
    text = (pytestconfig.rootpath / DEV / "r_zrk_06_dti2020_national.txt").read_text(encoding="utf-8")
    assert SENTENCES["r_zrk_06_dti2020_national#but"] in text and SENTENCES["r_zrk_06_dti2020_national#last"] in text
    got = {(f.province_vi, f.indicator_code, f.value) for f in extract_document("t", text, "2021-10-20").facts}
    assert {("Hà Nội", "dti_rank", 43), ("Ninh Thuận", "dti_score", 0.2108)} <= got


def test_the_one_stop_system_per_level_of_government():
    got = {
        (f.admin_level, f.value)
        for f in extract_document("t", "Vĩnh Long. " + SENTENCES["r_zrk_03_vinhlong#one_stop"], "2021-01-12").facts
    }
    assert got == {("province", 100), ("district", 100), ("commune", 25.68)}


def test_a_headline_of_targets_met_makes_no_plan(pytestconfig):
    text = (pytestconfig.rootpath / DEV / "r_zrk_03_vinhlong.txt").read_text(encoding="utf-8")
    title = "Hoàn thành nhiều mục tiêu ứng dụng công nghệ thông tin"
    result = extract_document("t", text, "2021-01-12", title, "Báo Vĩnh Long")
    facts = [f for f in result.facts if f.indicator_code == "ops_count"]
    assert [(f.value_kind, f.value) for f in facts] == [("actual", 1851)]


def test_millions_and_thousands_written_in_words():
    text = "Thái Bình. " + SENTENCES["r_zrl_04_thaibinh#subscribers"]
    got = {(f.indicator_code, f.comparator, f.value) for f in extract_document("t", text, "2015-06-22").facts}
    assert ("telephone_subscription_count", ">", 1_300_000) in got


def test_a_floor_is_a_goal():
    """ "đạt tối thiểu 10%": a result is told as what was reached, a floor only as what must be (111 of the 113 dev
    labels with >= are targets, the other two are ranges "90 - 93%")."""
    got = facts("Lạng Sơn. " + SENTENCES["r_zra_05_langson#floor"], None)
    assert ("Lạng Sơn", "digital_economy_sector_share", "", "target", ">=", 10) in got


def test_a_text_that_opens_with_a_village_tells_the_villages_figures():
    """A lead that opens with a village, commune or district speaks of it, though it names its province."""
    text = SENTENCES["r_xa4_03_daknong_tamthang#village"] + "\n\n" + SENTENCES["r_xa4_03_daknong_tamthang#signed"] + "."
    assert facts(text, "2024") == set()
    # the same figure of the whole province is the province's
    text = text.replace("văn bản được ký số", "toàn tỉnh có văn bản được ký số")
    assert facts(text, "2024") == {("Đắk Nông", "digital_signature_document_rate", "", "actual", "=", 100)}


def test_a_ratio_of_communes_is_their_share():
    """ "71/71 xã ... được kết nối cáp quang" is the share of communes with fibre; a share the text gives itself
    ("(đạt tỷ lệ 93,8%)") stands, and communes that held training are no share of people trained."""
    got = facts(SENTENCES["r_xa4_02_daknong#communes"] + ".", "2023")
    assert got == {("Đắk Nông", "commune_fiber_coverage_rate", "", "actual", "=", 100)}
    got = facts("Đắk Nông. " + SENTENCES["r_xa4_02_daknong#villages"] + ".", "2023")
    assert got == {("Đắk Nông", "village_fiber_coverage_rate", "", "actual", "=", 93.8)}
    got = facts("Đà Nẵng đã tổ chức tập huấn, " + SENTENCES["r_zcs_01_danang#trained"] + ".", "2022")
    assert not {f for f in got if f[1] == "digital_skills_trained_rate"}


def test_online_said_as_through_the_network():
    got = facts("Tây Ninh. " + SENTENCES["r_xa3_01_tayninh#network"] + ".", "2026-02-23")
    assert got == {("Tây Ninh", "dossier_online_rate", "", "actual", ">", 90)}


def test_a_place_inside_a_phrase():
    """ "doanh nghiệp nhỏ và vừa trên địa bàn tỉnh sử dụng nền tảng số": the phrase read past its place."""
    got = facts("Tây Ninh. Năm 2022, " + SENTENCES["r_xa2_01_tayninh#place"] + ".", "2023")
    assert got == {("Tây Ninh", "sme_digital_platform_rate", "", "actual", "=", 3.6)}


def test_a_subject_after_and_belongs_to_the_next_figure():
    """ "tăng trưởng kinh tế ... 11% và tỷ trọng kinh tế số đạt 20%": the share is 20%, the 11% is growth."""
    got = facts(SENTENCES["r_xa1_04_daklak#and"] + ".", None)
    assert got == {("Đắk Lắk", "digital_economy_share_grdp", "", "target", "=", 20)}


def test_a_rate_of_two_levels_is_each_levels():
    """ "cấp tỉnh, cấp huyện đạt trên 95%": the rate of each level named (all three named: the province's whole)."""
    got = facts("Hòa Bình. " + SENTENCES["r_xb1_01_hoabinh#two_levels"] + ".", "2023")
    assert {(lv, c, v) for _, code, lv, _, c, v in got if code == "work_records_online_rate"} == {
        ("province", ">", 95),
        ("district", ">", 95),
        ("commune", ">", 85),
    }
    got = facts("Ninh Thuận phấn đấu đến năm 2025 " + SENTENCES["r_zv5_03_ninhthuan#two_levels"] + ".", "2021")
    assert {(lv, v) for _, code, lv, _, _, v in got if code == "work_records_online_rate"} == {
        ("province", 100),
        ("district", 100),
        ("commune", 90),
    }


def test_provinces_sharing_a_figure_listed_after_bao_gom_and_other_bodies():
    got = facts(SENTENCES["r_xb3_01_toantrinh2024#including"] + ".", "2025-01")
    assert {(p, c, v) for p, code, _, _, c, v in got if code == "dossier_full_online_rate"} == {
        ("Hà Nam", ">", 50),
        ("Đà Nẵng", ">", 50),
        ("Hà Giang", ">", 50),
        ("Nam Định", ">", 50),
    }


def test_payment_accounts_of_individuals():
    got = facts(SENTENCES["r_xb4_01_thanhhoa#accounts"] + ".", "2025-05-19")
    assert ("Thanh Hóa", "bank_transaction_account_count", "", "actual", "~", 5_000_000) in got


def test_every_village_told_in_words_is_all_of_them():
    """ "toàn bộ các xóm ... cáp quang": 100% of villages; "toàn bộ" of anything else is no figure."""
    got = facts("Đến nay, " + SENTENCES["r_zbx_02_thainguyen#all_villages"] + ".", "2024")
    assert got == {("Thái Nguyên", "village_fiber_coverage_rate", "", "actual", "=", 100)}
    assert facts("Thái Nguyên. Toàn bộ hồ sơ được tiếp nhận trực tuyến.", "2024") == set()


def test_a_figure_after_of_the_district_is_the_districts():
    got = facts("Thái Nguyên. " + SENTENCES["r_rsd_07_thainguyen#the_district"] + ".", "2023")
    assert not {f for f in got if f[1] == "village_fiber_coverage_rate"}


def test_a_new_paragraph_goes_on_with_the_last_measure_only_after_a_heading():
    """ "tỷ lệ phủ sóng 5G đạt tối thiểu 90%" opens no continuation of the paragraph before's digital signatures;
    a heading line ("1. Tỷ lệ hồ sơ trực tuyến còn thấp ...") does name the measure of the paragraph under it."""
    got = facts("Lào Cai đặt mục tiêu " + SENTENCES["r_xb3_02_laocai#signature"] + ".", "2025")
    assert {v for _, code, _, _, _, v in got if code == "adult_digital_signature_rate"} == {10}
    got = facts("Hà Nội.\n\n" + SENTENCES["r_zy2_05_hanoi#heading"] + ".", "2025")
    assert ("Hà Nội", "dossier_online_rate", "", "actual", "=", 18.55) in got


def test_documents_with_words_between_and_signed():
    got = facts("Vĩnh Long. " + SENTENCES["r_xc1_03_vinhlong#signed"] + ".", "2018-08")
    assert got == {("Vĩnh Long", "digital_signature_document_rate", "", "actual", "=", 100)}


def test_a_provinces_ranking_of_its_own_departments_gives_no_province_rank():
    text = SENTENCES["r_xd2_05_haiduong#bodies"] + "\n\n" + SENTENCES["r_xd2_05_haiduong#first"] + "."
    assert not {f for f in facts(text, "2024-04-02") if f[1].startswith("dti_")}


def test_two_pillars_named_one_after_the_other_then_one_rank():
    """ "03 trục là chính quyền số, kinh tế số và xã hội ... xếp hạng 12/63": the rank is no digital-economy rank."""
    got = facts(SENTENCES["r_xd2_02_thainguyen#axes"] + ".", "2021")
    assert not {f for f in got if f[1] == "dti_digital_economy_rank"}
    assert ("Thái Nguyên", "dti_digital_government_rank", "", "actual", "=", 3) in got


def test_by_the_end_of_a_year_in_an_undated_text_is_a_horizon():
    """ "đến hết năm 2025" sets targets in a text with no date; "Tính đến cuối năm 2023" stays as of then."""
    got = facts("Thái Nguyên. " + SENTENCES["r_xd2_02_thainguyen#by_end"] + ".", None)
    assert {(lv, kind, v) for _, code, lv, kind, _, v in got if code == "work_records_online_rate"} == {
        ("province", "target", 90),
        ("district", "target", 80),
        ("commune", "target", 60),
    }
    got = facts("Long An. " + SENTENCES["r_zr5_02_longan_ranks#as_of"] + ".", None)
    assert ("Long An", "dossier_online_rate", "", "actual", "~", 96) in got


def test_the_tasks_of_a_scheme():
    got = facts("Quảng Nam. UBND tỉnh phê duyệt " + SENTENCES["r_xd4_02_quangnam#scheme"] + ".", "2021")
    assert {
        ("Quảng Nam", "dx_task_count", "", "planned", "=", 31),
        ("Quảng Nam", "dx_budget", "", "planned", "=", 901),
    } <= got


def test_a_text_that_names_only_the_capital_city_tells_the_citys_figures():
    text = SENTENCES["r_xd1_05_camau_tpcamau#city"] + ".\n\n" + SENTENCES["r_xd1_05_camau_tpcamau#invoices"] + "."
    assert facts(text, "2024") == set()
    # the same text speaking of the province ("toàn tỉnh") is the province's
    text = text.replace("thành phố đã vận động", "toàn tỉnh đã vận động")
    assert facts(text, "2024") == {("Cà Mau", "e_invoice_rate", "", "actual", "=", 100)}


def test_ti_le_is_ty_le():
    """ "tỉ lệ" is the same word as "tỷ lệ": the rate told as such replaces the share worked out in brackets."""
    got = facts(SENTENCES["r_xe4_01_hochiminh#ti"], "2025-09")
    assert {f for f in got if f[1] == "tthc_satisfaction_rate"} == {
        ("Hồ Chí Minh", "tthc_satisfaction_rate", "", "actual", "=", 77.76)
    }


def test_a_bracket_after_the_compared_year_that_opens_with_its_rank_is_that_years():
    def dti(text, published):
        result = extract_document("t", text, published)
        return {(f.indicator_code, f.period, f.value) for f in result.facts if f.indicator_code.startswith("dti_")}

    text = "Bộ Thông tin và Truyền thông vừa công bố DTI năm 2022. " + SENTENCES["r_xe2_02_tayninh#compared"]
    assert dti(text, "2023-07-28") == {
        ("dti_rank", "2022", 40),
        ("dti_score", "2022", 0.5638),
        ("dti_rank", "2021", 44),
        ("dti_score", "2021", 0.3426),
    }
    # a bracket told after the change, not opening with a rank, is this year's score
    assert ("dti_score", "2023", 0.6735) in dti(SENTENCES["r_dtp_01_tuyenquang#compared"], "2024")


def test_a_year_after_the_figure_and_its_measure_word_is_the_figures():
    """ "tăng lên 50% GRDP vào năm 2045": due in 2045, not by the 2030 the sentence opened with."""
    result = extract_document("t", "Đồng Nai. " + SENTENCES["r_xe2_01_dongnai#due"], "2025-03")
    got = {(f.indicator_code, f.value_kind, f.value, f.period) for f in result.facts}
    assert ("digital_economy_share_grdp", "target", 50, "2045") in got
    assert not {f for f in got if f[2] == 50 and f[3] != "2045"}


def test_a_numbered_ward_is_a_named_locality():
    text = "Bà Rịa - Vũng Tàu đẩy mạnh chuyển đổi số.\n\n" + SENTENCES["r_xe2_04_bariavungtau_phuong4_trap#ward"]
    assert facts(text, "2025-01") == set()
    # the rate of all its communes and wards ("các xã, phường") is still the province's, at commune level
    text = "Bà Rịa - Vũng Tàu: tỷ lệ hồ sơ trực tuyến của các xã, phường 95%."
    assert ("Bà Rịa - Vũng Tàu", "dossier_online_rate", "commune", "actual", "=", 95) in facts(text, "2025-01")


def test_a_text_naming_no_province_that_speaks_of_gdp_is_the_nations():
    """A provincial paper's text that never names a province and tells shares of GDP (a province has a GRDP) is
    about the nation: its figures are not the paper's province's."""
    text = SENTENCES["r_xf4_01_national_kts#gdp"] + "\n\n" + SENTENCES["r_xf4_01_national_kts#average"]
    assert extract_document("t", text, "2026", "Kinh tế số", "Báo Phú Thọ").facts == []
    # the same figures in a text about the province are the province's
    text = text.replace("Tỷ trọng giá trị tăng thêm của kinh tế số", "Tỷ trọng kinh tế số của tỉnh Phú Thọ")
    assert extract_document("t", text, "2026", "Kinh tế số", "Báo Phú Thọ").facts
