"""Kinds of sentence read in session 48, on short invented articles."""
from .readings import by_name, events_of, scores_of


def test_family_planning_in_an_offices_name_is_no_plan():
    # "Keluarga Berencana" names a field of government (a unit written long, with commas, that no
    # party pattern spans); "berencana" inside it says nothing of a signing to come
    signed = ("PALU - Penandatanganan MoU ini antara Pengadilan Agama Palu dan Dinas Pemberdayaan "
              "Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Kota Palu, di kantor "
              "Setda, Selasa (23/3/2021).")
    assert events_of("Teken MoU Dispensasi Kawin\n\n" + signed, None) == [("mou", "2021-03-23")]
    planned = "PALU - Dinas Sosial berencana menandatangani MoU dengan Pengadilan Agama Palu, Selasa (23/3/2021)."
    assert events_of("Dinas Sosial Siapkan MoU\n\n" + planned, None) == []


def test_a_dateline_town_before_the_sites_address_with_no_comma():
    # "GRESIK outlet.com -": the site's address ends the head; the town is the part before it
    text = ("Bawaslu Teken MoU dengan Polres\n\nGRESIK infojatim.com - Bawaslu Kabupaten Gresik menandatangani MoU "
            "bersama Polres Gresik, Senin (29/1/2018).")
    assert events_of(text, None, "city") == [("Gresik",)]
    # a site's address in capitals: the words before it are the site's name, and the town follows
    text = ("Pemkab Teken Perjanjian Kerja Sama\n\nFAKTA KALIMANTAN.CO.ID – KUALA KURUN – Pemkab Gunung Mas "
            "menandatangani perjanjian kerja sama dengan PT Contoh di ruang rapat Bupati, Kamis (28/2/2019).")
    assert events_of(text, None, "city") == [("Kuala Kurun",)]


def test_an_advocates_title_is_no_part_of_the_name():
    text = ("Kanwil Teken MoU dengan Kampus\n\nMEDAN - Kakanwil Kementerian Hukum Sumut, Flora Nainggolan, dan "
            "Dekan Fakultas Hukum Universitas Contoh, Dr. Adv. Sherhan Munthe, menandatangani MoU di Medan, "
            "Kamis (20/11/2025).")
    assert "Sherhan Munthe" in by_name(text, None, "role")


def test_a_regional_unit_whose_region_is_not_named_is_the_articles_region():
    # a Dinas belongs to a regional government though the text names it bare; a police office
    # and a prosecutor's are national bodies' offices, whose agreement has no province
    signed = "TRENGGALEK - Polres Trenggalek menandatangani MoU dengan {}, Selasa (27/3/2018)."
    assert events_of("Teken MoU\n\n" + signed.format("Dinas Sosial dan Dinas Perhubungan"), None,
                     "province_codes") == [(["ID-JI"],)]
    assert events_of("Teken MoU\n\n" + signed.format("Kejaksaan Negeri Trenggalek"), None,
                     "province_codes") == [([],)]


def test_several_parties_listed_after_the_signing_give_their_provinces():
    # "Beberapa daerah ... tersebut adalah A, B, C": a sentence that lists the parties of the signing
    # told before it, counted loosely (words.tsv group_of)
    text = ("BP2MI Teken MoU dengan Daerah\n\nJAKARTA - Kepala BP2MI menandatangani nota kesepakatan perlindungan "
            "pekerja migran, Selasa (05/04/2022). Beberapa daerah yang melakukan MoU dengan BP2MI tersebut adalah "
            "Kabupaten Banggai Laut, Kabupaten Ende dan Kota Solok.")
    assert events_of(text, None, "province_codes") == [(["ID-ST", "ID-NT", "ID-SB"],)]


def test_a_list_of_units_with_their_values():
    # bullets glued to the item ("-Puskesmas"), units the gazetteers do not hold ("Dinsos KBPP"),
    # and the value brought in by words ("dengan nilai")
    text = ("Ombudsman Beri Penghargaan\n\nPEMALANG - Ombudsman RI menilai Kepatuhan Standar Pelayanan Publik "
            "Tahun 2024. Penghargaan diberikan kepada lokus penilaian sebagai berikut ;\n"
            "-Puskesmas Paduraksa dengan nilai 99,03.\n-Dinsos KBPP dengan nilai 98,99.\n")
    assert scores_of(text, None, "subject", "year", "value") == [
        ("Puskesmas Paduraksa", 2024, 99.03), ("Dinsos KBPP", 2024, 98.99)]


def test_a_colour_after_tetap_is_the_zone_kept():
    # "masih tetap merah": the zone a subject kept, as a colour after a verb of getting is the zone got
    text = ("Ombudsman: Maluku Utara Zona Merah\n\nTERNATE - Ombudsman RI menetapkan hasil penilaian kepatuhan "
            "standar pelayanan publik 2017. Kota Ternate dan Tidore masuk zona kuning. Sementara pemprov, "
            "Halmahera Utara dan Halmahera Tengah masih tetap merah.")
    zones = dict(scores_of(text, None, "subject", "zone"))
    assert zones["Halmahera Utara"] == zones["Halmahera Tengah"] == "merah"
