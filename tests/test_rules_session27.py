"""Kinds of sentence read in session 27, on short invented articles."""
from pipeline import extract

from .readings import by_name, people_of


def signatories_of(text, published):
    return [sorted(e["signatories"]) for e in extract(text, published=published)["events"]]


def test_the_one_accompanied_who_then_signs_is_a_signatory_and_the_companion_is_not():
    # "Bupati X didampingi Sekda Y berkunjung ke Z dan menandatangani MoU dengan Rektor W": X and W sign
    text = ("Bupati Sigi Berharap Banyak dari Untad\n\n"
            "PALU - Bupati Sigi Mohamad Irwan didampingi Sekretaris Daerah Hendra Wijaya berkunjung ke Universitas "
            "Tadulako dan menandatangani nota kesepahaman dengan Rektor Universitas Tadulako Amar Ahmad di ruang "
            "rapat rektorat, Jumat (13/1/2023). Kerja sama ini untuk pengembangan sumber daya manusia di daerah.")
    assert signatories_of(text, "2023-01-13") == [["Amar Ahmad", "Mohamad Irwan"]]


MEETING = ("Pemkab Bahas Perpanjangan Kesepakatan dengan Kejari\n\n"
           "SUMBAWA BESAR - Rapat tersebut dipimpin oleh Asisten I Bidang Pemerintahan dan Kesra, {} yang "
           "dihadiri Inspektur, SKPD dan Kepala Bagian. Pembahasan ini merupakan perpanjangan dari kesepakatan "
           "yang telah ada sebelumnya dengan Kejaksaan Negeri.")


def test_a_weekday_after_an_honorific_is_a_given_name():
    # "Drs. H. Minggu Basuki": the weekday is the name's first word, not a dateline's day
    assert people_of(MEETING.format("Drs. H. Minggu Basuki, M.Ap.,"), "2023-01-13") == [("Minggu Basuki", "asisten_sekda")]


def test_a_weekday_after_a_name_is_still_no_part_of_it():
    text = ("Pemkab dan Kejari Teken Kesepakatan\n\n"
            "SUMBAWA BESAR - Bupati Sumbawa Mahmud Abdullah, Senin (9/1/2023), menandatangani kesepakatan bersama "
            "dengan Kepala Kejaksaan Negeri Sumbawa Adung Sutranggono.")
    assert ("Mahmud Abdullah", "bupati") in people_of(text, "2023-01-10")


def test_a_regions_work_units_short_form_is_no_name():
    # "dihadiri Inspektur, SKPD dan Kepala Bagian": the units that attended, no person
    assert [name for name, _role in people_of(MEETING.format("Budi Santoso,"), "2023-01-13")] == ["Budi Santoso"]


def scores_of(text, published="2023-02-27"):
    return sorted((s["subject"], s["value"], s["zone"], s["grade"], s["year"], s["kind"])
                  for s in extract(text, published=published)["scores"])


def test_a_group_a_list_opening_word_follows_has_no_result_of_its_own():
    # "untuk keseluruhan Polres jajaran Polda X yakni zona hijau A dengan nilai ..., B ...": the zone is the items'
    text = ("Hasil Penilaian Ombudsman untuk Polres\n\n"
            "MANOKWARI - Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2022 untuk keseluruhan Polres Jajaran "
            "Polda Papua Barat yakni zona hijau Polres Fakfak dengan nilai 93,17, Polres Teluk Bintuni dengan nilai "
            "93,16.")
    assert [(s, v, z) for s, v, z, *_ in scores_of(text)] == [("Polres Fakfak", 93.17, "hijau"),
                                                              ("Polres Teluk Bintuni", 93.16, "hijau")]


def test_an_assessment_of_this_year_dates_results_that_state_none():
    # "Penilaian tahun ini sedikit rumit": the round reported is the year of publication's
    text = ("Hasil Penilaian Ombudsman untuk Polres\n\n"
            "MANOKWARI - Ombudsman RI mengumumkan hasil penilaian kepatuhan pelayanan publik. Polres Fakfak "
            "masuk zona hijau dengan nilai 93,17. \"Penilaian tahun ini lebih rumit,\" kata Kepala Ombudsman.")
    assert [year for *_, year, _kind in scores_of(text)] == [2023]


def test_values_told_by_year_after_the_subject_sentence_are_each_a_row_and_a_closing_zone_is_the_last():
    # "Tahun 2023, nilainya naik menjadi 94,5, dan pada 2024 mencapai 98,21, di zona hijau"
    text = ("Pelayanan Publik Pemprov Jateng Terus Meningkat\n\n"
            "SEMARANG - Ombudsman RI memaparkan hasil penilaian kepatuhan. Pada 2022, Jawa Tengah memperoleh nilai "
            "93,14. Tahun 2023, nilainya naik menjadi 94,5, dan pada 2024 mencapai 98,21, tetap di zona hijau.")
    assert [(v, z, y) for _s, v, z, _g, y, _k in scores_of(text, "2025-10-15")] == [
        (93.14, None, 2022), (94.5, None, 2023), (98.21, "hijau", 2024)]


def test_an_aim_said_to_be_reached_is_a_result():
    # "berhasil mempertahankan posisinya di Zona Hijau": kept, not aimed at
    text = ("Pemprov Terima Penghargaan Ombudsman\n\n"
            "SURABAYA - Pemprov Jatim menerima penghargaan Penilaian Kepatuhan Tahun 2024 dari Ombudsman RI. "
            "Pemprov Jatim berhasil mempertahankan posisinya di Zona Hijau.")
    assert [(s, z, k) for s, _v, z, _g, _y, k in scores_of(text, "2024-12-13")] == [("Pemprov Jatim", "hijau", "achieved")]


def events_of(text, published):
    return [(e["agreement_type"], sorted(e["parties"]) if isinstance(e["parties"], list) else e["parties"])
            for e in extract(text, published=published)["events"]]


def test_a_plan_word_of_the_clause_before_a_comma_plans_no_signing():
    # "Pelayanan Harus Terus Ditingkatkan, Pemkab X Teken MoU": "harus" is the first clause's
    text = ("Pelayanan Publik Harus Terus Ditingkatkan, Pemkab Sigi Teken MoU dengan Ombudsman\n\n"
            "PALU - Pemerintah Kabupaten Sigi melakukan penandatanganan nota kesepahaman dengan Ombudsman RI "
            "Perwakilan Sulawesi Tengah. Penandatanganan berlangsung di Palu pada Selasa (2/4).")
    assert [t for t, _p in events_of(text, None)] == ["nota_kesepahaman"]


def test_the_parties_a_witnessed_paper_names_are_parties():
    # "Bupati X turut menyaksikan penandatanganan nota kesepahaman Kementerian A dengan Kementerian B"
    text = ("Bupati Hadiri Rapat Koordinasi di Jakarta\n\n"
            "JAKARTA - Menghadiri rapat koordinasi, Penjabat Bupati Barito Utara Muhlis turut menyaksikan "
            "penandatanganan nota kesepahaman Kementerian Dalam Negeri dengan Kementerian Pertanian di Jakarta, "
            "Jumat (7/6/2024).")
    assert [t for t, _p in events_of(text, "2024-06-08")] == ["nota_kesepahaman"]


def test_a_units_numeral_is_no_office_number():
    # "Pangdam III/Siliwangi Mayjen TNI Nama": III numbers the unit; the rank opens the name
    text = ("Kodam dan Pemkab Teken Kesepakatan\n\n"
            "BANDUNG - Pangdam III/Siliwangi Mayjen TNI Nugroho Budi Wiryanto menandatangani kesepakatan bersama "
            "dengan Bupati Subang Ruhimat di Bandung, Senin (4/1/2021).")
    assert ("Nugroho Budi Wiryanto", "lainnya") in people_of(text, "2021-01-05")


def test_a_name_after_a_campus_named_whole_ends_at_the_comma_before_the_day():
    # "Rektor Untirta Nama Lengkap, Minggu (17/11/2024)": the weekday is the dateline's
    text = ("Kementerian dan Universitas Teken Nota Kesepahaman\n\n"
            "JAKARTA - Nota kesepahaman ditandatangani oleh Menteri Desa Yandri Susanto bersama Rektor Untirta "
            "Fatah Sulaiman, Minggu (17/11/2024).")
    assert ("Fatah Sulaiman", "rektor") in people_of(text, "2024-11-18")


def test_one_word_opened_by_an_honorific_before_a_title_is_a_name():
    # "Dr. Sujarwanto, M.Pd, Wakil Rektor ...": one word, but an honorific opens it
    text = ("Kementerian dan Universitas Teken Nota Kesepahaman\n\n"
            "JAKARTA - Nota kesepahaman ditandatangani oleh Taufik Madjid, Sekretaris Jenderal Kemendes PDTT "
            "sebagai pihak pertama dan Dr. Sujarwanto, M.Pd, Wakil Rektor Unesa sebagai pihak kedua.")
    assert "Sujarwanto" in [name for name, _role in people_of(text, "2021-02-12")]


def test_a_datelines_dash_glued_after_the_outlet_still_closes_the_dateline():
    # "PALU, LUWUK POST-Untuk ...": the town of the dateline is where the paper was signed
    text = ("BPKP Perkuat Pengawasan kepada Pemda\n\n"
            "PALU, LUWUK POST-Untuk memperkuat pengawasan, Gubernur Sulawesi Tengah Longki Djanggola menandatangani "
            "nota kesepakatan dengan Kepala Perwakilan BPKP Sulteng Beligan Sembiring di ruang video conference "
            "kantor gubernur, Rabu (2/12/2020).")
    assert [e["city"] for e in extract(text, published="2020-12-03")["events"]] == ["Palu"]


def test_a_papers_short_form_inside_a_document_number_is_no_paper():
    # "MoU bernomor 400.14.5.1/05/PKS/VII/2025": PKS is part of the number, not a second paper
    text = ("Pemda dan Kejari Konawe Teken Nota Kesepahaman\n\n"
            "KONAWE - Pemerintah Daerah Kabupaten Konawe dan Kejaksaan Negeri Konawe menandatangani Nota "
            "Kesepahaman (MoU) tentang penanganan masalah perdata. MoU bernomor 400.14.5.1/05/PKS/VII/2025 itu "
            "ditandatangani Bupati Konawe Yusran Akbar dan Kajari Konawe Musafir Menca, Selasa (1/7/2025).")
    assert [t for t, _p in events_of(text, "2025-07-02")] == ["nota_kesepahaman"]


def test_an_office_with_no_province_is_of_the_datelines_province():
    # "PALU - Gubernur Nama ..." with Jakarta named once by a national head: the governor is Sulteng's
    text = ("BPKP Perkuat Pengawasan kepada Pemda\n\n"
            "PALU - Gubernur Drs. H. Longki Djanggola menandatangani nota kesepakatan dengan Kepala Perwakilan "
            "Badan Pengawasan Keuangan dan Pembangunan (BPKP) Sulteng, Beligan Sembiring, Rabu (2/12/2020). "
            "Penandatanganan disaksikan secara virtual oleh Kepala BPKP Yusuf Ateh dari Jakarta.")
    assert by_name(text, "2020-12-03", "province_code")["Longki Djanggola"] == "ID-ST"
