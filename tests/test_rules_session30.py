"""Kinds of sentence read in session 30, on short invented articles."""
from pipeline import extract

from .readings import events_of, people_of, signers


def test_a_memorandum_of_agreement_a_relative_clause_tells_signed_is_a_paper():
    # "Memorandum of Agreement" is outside the vocabulary: the paper named again with a demonstrative
    # ("Perjanjian kerja sama ini") gives its type (GOLD.md: the next vocabulary term for it)
    text = ("Pemkab Lembah Hijau Jalin Kerja Sama dengan Universitas Nusantara\n\n"
            "Pemerintah Kabupaten Lembah Hijau menjalin kerja sama dengan Universitas Nusantara. Kerja sama itu "
            "dituangkan dalam Memorandum of Agreement (MoA) yang ditandatangani Selasa (7/11/2023) di Aula Pendopo "
            "Bupati.\n\nPerjanjian kerja sama ini mencakup penelitian dan pelatihan aparatur.")
    assert events_of(text, "2023-11-08") == [("perjanjian_kerja_sama", "2023-11-07")]


def test_a_generic_paper_takes_no_type_from_an_earlier_paper_it_follows():
    # the next term is the MoU this paper follows on from: not the paper signed now
    text = ("Pemkab Lembah Hijau Jalin Kerja Sama dengan Universitas Nusantara\n\n"
            "Pemerintah Kabupaten Lembah Hijau menjalin kerja sama dengan Universitas Nusantara. Kerja sama itu "
            "dituangkan dalam Memorandum of Agreement (MoA) yang ditandatangani Selasa (7/11/2023) di Aula Pendopo "
            "Bupati. Kerja sama ini merupakan tindak lanjut dari nota kesepahaman yang lama antara keduanya.")
    assert [t for t, _d in events_of(text, "2023-11-08")][:1] != ["nota_kesepahaman"]


ACCOMPANIED = ("Pemprov Teken MoU dengan Dua Universitas\n\n"
               "Penandatanganan MoU dilakukan Gubernur Kalimantan Utara, Drs. Ahmad Sulaiman, didampingi Kepala Dinas "
               "Pendidikan Kaltara, Budi Hartono{closing} Rektor Universitas Negeri Yogyakarta, Prof. Dr. Hendra "
               "Wijaya, dan Rektor Universitas Sebelas Maret, Prof. Dr. Rudi Santoso, bertempat di Yogyakarta, Rabu "
               "(21/9/2022).")


def test_the_other_side_after_an_accompanying_clause_signs():
    # "dilakukan Gubernur X, didampingi Kadis Y, dengan Rektor Z": "dengan" closes the companion's clause
    assert signers(ACCOMPANIED.format(closing=" dengan"), "2022-09-22") == \
        ["Ahmad Sulaiman", "Hendra Wijaya", "Rudi Santoso"]


def test_those_listed_with_a_companion_accompanied():
    # "didampingi Kadis Y, Rektor Z dan Rektor W": all came with the governor, none signed
    assert not {"Hendra Wijaya", "Rudi Santoso"} & set(signers(ACCOMPANIED.format(closing=","), "2022-09-22"))


def test_a_vice_rector_short_title_and_a_german_doctorate_before_a_name():
    # "WR Bidang ... Prof. Dr. rer. nat. Nama": "rer. nat." ends no sentence and is no name
    text = ("Pemprov dan Universitas Teken Nota Kesepakatan\n\n"
            "Nota kesepakatan ditandatangani Gubernur Kalimantan Utara Ahmad Sulaiman dan WR Bidang Kerja Sama "
            "Universitas Sebelas Maret Prof. Dr. rer. nat. Joko Prasetyo, M.Si di Yogyakarta, Rabu (21/9/2022).")
    assert signers(text, "2022-09-22") == ["Ahmad Sulaiman", "Joko Prasetyo"]


def test_a_religious_affairs_office_field_is_no_name():
    # "Kabid Penais Zakat dan Wakaf": the fields of a Kanwil Kemenag's office, not a person
    text = ("Kanwil Kemenag Teken Nota Kesepahaman\n\n"
            "Penandatanganan nota kesepahaman dilakukan oleh Kakanwil Kemenag Sumut Iwan Hasibuan dan Kakanwil "
            "Kemenag Sumbar diwakili Kabid Penais Zakat dan Wakaf di Medan, Selasa (26/2/2019).")
    assert ("Penais Zakat", "lainnya") not in people_of(text, "2019-02-27")


def test_a_witness_is_no_signer_of_the_list_that_runs_on():
    # "... disaksikan oleh Wagub X. Sementara itu, Wagub X sangat mendukung ...": he watched; the
    # sentence after the signers goes on with a name, not with the list of those who signed
    text = ("Dua Kanwil Teken Nota Kesepahaman\n\n"
            "Penandatanganan nota kesepahaman dilakukan oleh Kakanwil Kemenag Sumut Iwan Hasibuan dan Kakanwil "
            "Kemenag Aceh Daud Harahap disaksikan oleh Wakil Gubernur Sumatera Utara Musa Lubis di Medan, Selasa "
            "(26/2/2019).\n\nSementara itu, Wakil Gubernur Sumatera Utara Musa Lubis sangat mendukung "
            "dilaksanakannya MoU ini.")
    assert signers(text, "2019-02-27") == ["Daud Harahap", "Iwan Hasibuan"]


def test_names_before_a_signing_told_after_a_comma_did_not_sign():
    # "... Asta Cita Presiden X, yaitu ..., Penandatanganan ini berlangsung di Jakarta": a sentence
    # run on with a comma; the president named before it signed nothing
    text = ("Mendes Teken Nota Kesepahaman dengan Kementerian\n\n"
            "Menteri Desa Budi Santoso menandatangani nota kesepahaman dengan sejumlah kementerian. Langkah ini "
            "sesuai dengan program Presiden Prabowo Subianto, yaitu membangun dari desa, Penandatanganan ini "
            "berlangsung di Jakarta pada Kamis, (27/2/2025).")
    assert signers(text, "2025-02-28") == ["Budi Santoso"]


def test_the_staff_of_a_military_command_are_titles():
    # "Kapoksahli Pangdam III/Slw, Asrendam, para Asisten Kasdam": an office named alone, no person
    text = ("Kodam dan Pemkab Teken Kesepakatan Bersama\n\n"
            "Pangdam III/Siliwangi Mayjen TNI Nugroho Wiryanto dan Bupati Subang Ruhimat menandatangani "
            "kesepakatan bersama di Bandung, Senin (4/1/2021). Hadir juga Irdam III/Slw dan Kapoksahli Pangdam "
            "III/Slw, Asrendam, para Asisten Kasdam III/Slw serta Komandan Satuan jajaran Kodam III/Siliwangi.")
    assert all(name != "Asrendam" for name, _role in people_of(text, "2021-01-05"))


CAPTION = ("Pemprov Teken MoU dengan Universitas\n\n"
           "Pemprov Kaltim teken memorandum of understanding (MoU) dengan Universitas Veteran di Samarinda pada "
           "Selasa (21/3/2022).\n\n"
           "SAMARINDA - Pemprov Kaltim teken MoU dengan Universitas Veteran.\n\n"
           "Gubernur Kaltim Isran Noor dan Rektor Universitas Veteran Irhas Effendi menandatangani nota "
           "kesepahaman di Kantor Gubernur Kaltim, Samarinda pada Selasa (21/2/2023).")


def test_a_day_a_caption_tells_before_a_later_one_is_not_the_publication_date():
    # with no byline, the caption's "pada Selasa (21/3/2022)" was taken for the publication date, and
    # the body's signing of 2023 became a date to come; the caption's signing is the news told again
    assert events_of(CAPTION, None) == [("nota_kesepahaman", "2023-02-21")]
    assert extract(CAPTION)["documents"][0]["published_date"] is None


def test_a_day_the_head_tells_still_dates_an_article_with_no_later_one():
    # "... teken MoU pada Selasa (21/3/2022)" at the head, no later day: the guess stands
    text = CAPTION.split("\n\nGubernur")[0]
    assert str(extract(text)["documents"][0]["published_date"]) == "2022-03-21"


def test_an_acting_rector_written_pejabat_is_no_name():
    # "Pejabat Rektor X" is an acting rector ("Pj. Rektor"): "Pejabat" is no one's name
    text = ("Universitas dan Ombudsman Teken MoU\n\n"
            "MoU ditandatangani oleh kedua belah pihak yaitu, Pejabat Rektor UHB, Dr. Sri Lestari, SE., MSi dan "
            "Ketua Ombudsman RI, Mokhamad Hasan, S.H. di Magelang, Rabu (9/6/2021).\n\nSementara itu, Pejabat "
            "Rektor UHB mengatakan kerja sama ini penting.")
    assert all(name != "Pejabat" for name, _role in people_of(text, "2021-06-10"))
