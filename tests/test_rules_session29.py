"""Kinds of sentence read in session 29, on short invented articles."""
from .readings import by_name, events_of, people_of, signers


SIGNED_BY_OFFICE = ("Kementan Teken Nota Kesepahaman dengan Universitas\n\n"
                    "Pada hari Rabu 6 Maret 2024, Direktur Jenderal Perkebunan{office} telah menandatangani nota "
                    "kesepahaman dengan Universitas Andalas di Padang. Penandatanganan dihadiri {guests}para dosen.\n\n"
                    "Direktur Jenderal Perkebunan, Ir. Suharyanto Wibisono, M.Si, dalam sambutannya mengatakan kerja "
                    "sama ini penting bagi petani.")


def test_a_bare_title_with_its_ministry_before_the_signing_verb_signs():
    # "Direktur Jenderal X Kementerian Y Republik Indonesia telah menandatangani": the office's name
    # between the title and the verb keeps the title the verb's subject; its holder is named later
    text = SIGNED_BY_OFFICE.format(office=" Kementerian Pertanian Republik Indonesia", guests="")
    assert signers(text, "2024-03-06") == ["Suharyanto Wibisono"]


def test_a_bare_title_stands_for_the_holder_of_the_closest_title():
    # a Direktur and a Direktur Jenderal in one article: "Direktur Jenderal Perkebunan" is the latter's
    text = SIGNED_BY_OFFICE.format(office="", guests="oleh Direktur Tanaman Semusim, Budi Hartawan, serta ")
    assert signers(text, "2024-03-06") == ["Suharyanto Wibisono"]


def test_a_directorate_of_an_age_group_is_no_name():
    # "Direktur Usia Produktif dan Lansia": the directorate's words after a title, not a person
    text = ("Kemenkes Teken PKS dengan Mitra\n\n"
            "Direktur Jenderal Kesehatan Masyarakat menandatangani perjanjian kerja sama dengan PT Sehat Sentosa di "
            "Jakarta, Rabu (6/3/2024). Penandatanganan dihadiri oleh Direktur Promosi Kesehatan, Direktur Usia "
            "Produktif dan Lansia, serta pimpinan perusahaan mitra.")
    assert people_of(text, "2024-03-06") == []


MASS_SIGNING = ("Kementerian Teken Nota Kesepahaman dengan Mitra\n\n"
                "JAKARTA - Menteri Desa Budi Santoso menandatangani {count} nota kesepahaman dengan kementerian, "
                "lembaga dan organisasi masyarakat dalam seremoni di Kalibata, Jakarta, Rabu (23/7/2025).")


def test_a_mass_signing_of_papers_not_told_apart_is_one_event():
    # more papers than a ceremony's dozen, none named: one event, not 28 rows resting on one number
    assert events_of(MASS_SIGNING.format(count=28), "2025-07-23") == [("nota_kesepahaman", "2025-07-23")]


def test_a_few_papers_counted_are_each_an_event():
    assert events_of(MASS_SIGNING.format(count=5), "2025-07-23") == [("nota_kesepahaman", "2025-07-23")] * 5


def test_a_signing_still_under_way_is_none():
    # "sedang menyelesaikan penandatanganan": the signing is not done yet
    text = ("Menkes Laporkan Kerja Sama Kesehatan\n\nJAKARTA - Menteri Kesehatan Budi Santoso melapor kepada Presiden, "
            "Kamis (7/11/2024). Indonesia dan Amerika Serikat sedang menyelesaikan penandatanganan kerja sama (MoU) "
            "kesehatan.")
    assert events_of(text, "2024-11-07") == []


def test_a_paper_named_again_after_a_demonstrative_is_one_paper():
    # "perjanjian kerja sama ini atau Memorandum of Understanding (MoU)": the PKS, also called MoU
    text = ("Pemkab dan Kejari Teken MoU\n\nPemerintah Kabupaten Pulau Taliabu mengadakan perjanjian kerja sama bidang "
            "perdata dengan Kejaksaan Negeri Taliabu, Senin (10/1/2022). Lembaran perjanjian kerja sama ini atau "
            "Memorandum of Understanding (MoU) ditandatangani oleh Bupati Taliabu Aliong Mus dan Kepala Kejaksaan "
            "Negeri Taliabu Budi Santoso. Penandatanganan MoU ini disaksikan para kepala dinas.")
    assert events_of(text, "2022-01-12") == [("perjanjian_kerja_sama", "2022-01-10")]


def test_an_mou_and_a_pks_nothing_tells_apart_are_one_paper():
    # the signing told as of an "MoU", then the same partner's "perjanjian kerja sama": one PKS
    text = ("Pemprov Perpanjang Kerja Sama dengan Bank Daerah\n\nMAMUJU - Pemerintah Provinsi Sulawesi Barat kembali "
            "mempercayakan Bank Sulselbar mengelola kas daerah. Hal itu ditandai penandatanganan MoU antara Gubernur "
            "Suhardi Duka dengan Direktur Utama Bank Sulselbar, Yulis Suandi, Rabu (11/9/2024).\n\n"
            "Kepala Badan Keuangan mengatakan penandatanganan perjanjian kerja sama dengan bank itu "
            "memperpanjang kerja sama sebelumnya.")
    assert events_of(text, "2024-09-11") == [("perjanjian_kerja_sama", "2024-09-11")]


def test_a_pks_signed_too_at_the_ceremony_of_an_mou_is_another_paper():
    # a guard: "Pada kesempatan yang sama juga dilakukan penandatanganan PKS" tells a second paper
    text = ("Kejati dan Pemprov Teken MoU\n\nBENGKULU - Gubernur Helmi Hasan hadir dalam penandatanganan Memorandum of "
            "Understanding (MoU) antara Kejaksaan Tinggi Bengkulu dan Pemerintah Provinsi Bengkulu, Selasa "
            "(25/11/2025). Pada kesempatan yang sama juga dilakukan penandatanganan Perjanjian Kerja Sama (PKS) "
            "antara Kejaksaan Negeri dengan para bupati se-Provinsi Bengkulu.")
    assert events_of(text, "2025-11-25") == [("mou", "2025-11-25"), ("perjanjian_kerja_sama", "2025-11-25")]


def test_a_plan_told_as_of_before_withdraws_no_signing():
    # "Sebelumnya, rencana penandatanganan nota kesepahaman itu sudah dibahas": the plan that led to it
    text = ("Bupati se-Sultra Teken MoU Pengelolaan Sampah\n\nKENDARI - Nota kesepahaman atau Memorandum of "
            "Understanding (MoU) tentang pengelolaan sampah diteken kepala daerah se-Sulawesi Tenggara bersama "
            "Gubernur Andi Sumangerukka. Acara berlangsung di Kolaka, Jumat (25/4/2025). Sebelumnya, rencana "
            "penandatanganan nota kesepahaman itu sudah dibahas dalam rapat daring pada Rabu (23/4/2025).")
    assert events_of(text, "2025-04-26") == [("nota_kesepahaman", "2025-04-25")]


def test_papers_named_together_are_two_signed_where_the_signing_pointed_back_to_was():
    # "penandatanganan MoU serta komitmen bersama ... Penandatanganan berlangsung di X, Senin": an MoU
    # and a paper of another name, named together, are two papers of one ceremony
    text = ("Pemprov dan Kejati Teken MoU Hibah Tanah\n\n"
            "Nabire — Pemerintah Provinsi Papua Tengah melaksanakan penandatanganan Memorandum of Understanding "
            "(MoU) serta komitmen bersama terkait hibah tanah untuk kantor Kejaksaan Negeri di enam kabupaten, "
            "diantaranya Dogiyai, Deiyai dan Puncak Jaya.\n\n"
            "Penandatanganan berlangsung di Ballroom pada hari Senin, (24/11/2025).")
    assert events_of(text, None, "agreement_type", "event_date", "city") == [
        ("mou", "2025-11-24", "Nabire"), ("lainnya", "2025-11-24", "Nabire")]


def test_a_dateline_closed_by_two_slashes_names_the_town():
    # "BATAM, Outlet.com // ...": the town of a dateline whose outlet is followed by "//"
    text = ("Wali Kota Teken MoU dengan Ombudsman\n\n"
            "BATAM, Kabarkota.com // Wali Kota Batam Amsakar Achmad menandatangani nota kesepahaman dengan Ombudsman "
            "Republik Indonesia di Gedung Graha Pena, Kamis (18/9/2025).")
    assert events_of(text, "2025-09-18", "city") == [("Batam",)]


def test_a_press_officer_of_a_military_command_is_an_official():
    # "Kapenrem 042/Gapu Mayor Inf Nama": the head of a Korem's information section
    text = ("Danrem dan Bupati Teken MoU\n\nHal tersebut diungkapkan Kapenrem 042/Gapu Mayor Inf Rahmat Hidayat dalam "
            "keterangan tertulisnya. Danrem 042/Gapu menandatangani MoU dengan Pemkab Muaro Jambi, Kamis (17/6/2021).")
    assert people_of(text, "2021-06-17") == [("Rahmat Hidayat", "lainnya")]


KANWIL = ("Kanwil Teken MoU\n\n{}Kepala Kanwil Kemenkum Maluku Saiful Sahri menandatangani MoU dengan Pemkab Buru, "
          "Kamis (17/6/2021).")


def test_an_offices_short_form_in_brackets_closes_the_office_before_the_name():
    # "Kepala Divisi ... (Kadiv P3H), Nama": the short form is a title of its own; the name follows it
    text = KANWIL.format("Kakanwil didampingi oleh Kepala Divisi Peraturan Perundang-undangan dan Pembinaan Hukum "
                         "(Kadiv P3H), Rahmat Hidayat. ")
    assert "Rahmat Hidayat" in by_name(text, "2021-06-17", "title")


def test_a_spokesman_written_as_one_word_is_an_official():
    text = KANWIL.format("Jurubicara KPK, Ali Fikri, mengatakan hal itu. ")
    assert "Ali Fikri" in by_name(text, "2021-06-17", "title")
