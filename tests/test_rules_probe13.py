"""Kinds of sentence read from probe 13's unseen news, on short invented articles: a signing that
did not take place or is a purpose to come, papers named as what an MoU holds or follows on from,
signers watched or standing in for a body, office numbers and honorifics before a name, and
police units listed with their results."""
import pytest

import pipeline


def rows(text, published="2024-11-13"):
    return pipeline.extract(text, published=published)


def events(text, published="2024-11-13"):
    return rows(text, published)["events"]


@pytest.mark.parametrize("said", [
    "Gedung itu dipakai Pemprov Contoh, padahal sama sekali belum ada penandatanganan MoU pinjam pakai dengan Pemkab Contoh",
    "Pemkab Contoh akan meminta kepada Pemprov Contoh untuk melakukan penandatanganan MoU pinjam pakai aset",
    "Pemkab Contoh ingin penandatanganan MoU pinjam pakai aset dengan Pemprov Contoh dipercepat",
])
def test_a_signing_not_yet_done_or_only_wished_for_is_no_event(said):
    text = f"{said}, kata Bupati Contoh Andi Rahmat di Wamena, Rabu (13/11/2024)."
    assert events(text) == []


def test_a_signing_that_was_done_stays_an_event_beside_who_did_not_sign_it():
    text = ("Saksi mengatakan Sekda Contoh tidak ikut menandatangani MoU yang dilakukan di Hotel Contoh Jakarta "
            "antara Pemkab Contoh dan PT Contoh Energi pada Maret 2013.")
    assert [e["agreement_type"] for e in events(text)] == ["mou"]


def test_a_paper_the_mou_holds_is_not_the_paper_signed():
    text = ("Menteri Luar Negeri RI mengungkapkan isi nota kesepahaman (MoU) kerja sama strategis dengan Negeri "
            "Contoh yang diteken di Istana Merdeka, Jakarta, Rabu (13/11/2024), meliputi rencana aksi peningkatan "
            "hubungan bilateral.\nMoU yang diteken mencakup rencana aksi untuk lima tahun.")
    assert [e["agreement_type"] for e in events(text)] == ["nota_kesepahaman"]


def test_a_paper_signed_as_the_sequel_of_a_nota_kesepahaman_is_not_that_nota():
    text = ("JAKARTA - Pada Rabu, 13 November 2024, telah dilangsungkan Perjanjian Kerja Sama antara Kodam Contoh "
            "dan Kejaksaan Tinggi Contoh.\nPenandatanganan perjanjian ini merupakan kelanjutan dari Nota "
            "Kesepahaman antara Kejaksaan Republik Indonesia dan TNI yang telah ditandatangani pada 6 April 2023. "
            "Nota kesepahaman ini menjadi dasar kerja sama di bidang hukum.")
    primary = [e for e in events(text) if e["primary"]]
    assert [e["agreement_type"] for e in primary] == ["perjanjian_kerja_sama"]


def test_the_one_watched_signing_signs():
    text = ("Wali Kota Contoh, Dr. Benny Mano, MM., menyaksikan Bupati Bone Contoh, Hamid Pohan, menandatangani "
            "Perjanjian Kerja Sama pembangunan di Aula Kantor Wali Kota Contoh, Kamis (7/11/2024).")
    (event,) = events(text)
    assert list(event["signatories"]) == ["Hamid Pohan"]


def test_who_stood_in_for_a_body_named_alone_signed_for_it():
    text = ("Pemerintah Kabupaten Samosir dan PLN Unit Induk Wilayah Sumut menandatangani nota kesepahaman "
            "tentang listrik desa. Pemkab Samosir diwakili oleh Bupati Samosir Drs. Niko Nasution, MSi bersama "
            "beberapa pimpinan OPD, didampingi Asisten I Parto Hutasoit. Penandatanganan dilakukan di Rumah Dinas, "
            "Kamis (7/11/2024).")
    (event,) = events(text)
    assert list(event["signatories"]) == ["Niko Nasution"]


def test_an_office_represented_at_the_signing_names_no_signer():
    text = ("Penandatanganan Perjanjian Kerja Sama antara Pemerintah Kabupaten Contoh dengan Universitas Contoh "
            "digelar Kamis (7/11/2024) di ruang rapat universitas. Bupati Contoh diwakili oleh Ir. Benny Malo, "
            "Staf Ahli Bidang Perekonomian Setda Kabupaten Contoh.")
    (event,) = events(text)
    assert list(event["signatories"]) == []


def test_an_office_number_is_the_offices_and_the_one_word_name_after_it_a_name():
    text = ("DPRD Kabupaten Paser menjalin kerja sama dengan Kejari Paser di Tanah Grogot, Selasa (12/11/2024).\n"
            "Penandatanganan nota kesepahaman dilakukan oleh unsur pimpinan DPRD Paser, yakni Ketua DPRD Ahmad Yusuf, "
            "Wakil Ketua I Abdul Rauf, Wakil Ketua II Junaedi, dan Wakil Ketua III Aini Faradila. Dari pihak Kejari "
            "Paser, MoU ditandatangani Kepala Kejaksaan Negeri Paser, Tengku Firman.")
    (event,) = events(text)
    assert list(event["signatories"]) == ["Ahmad Yusuf", "Abdul Rauf", "Junaedi", "Aini Faradila", "Firman"]


@pytest.mark.parametrize("office, name", [
    ("Gubernur Contoh I Wayan Kertia", "I Wayan Kertia"),             # the Balinese "I" opens a name
    ("Wakil Ketua I Komite Digital Contoh, Rina Widya", "Rina Widya"),  # the number, then more office
    ("Menteri Perdagangan Malaysia Tengku Zafir Tengku Abdul Hamid", "Zafir Tengku Abdul Hamid"),
])
def test_an_office_number_or_a_malay_honorific_before_the_name(office, name):
    text = f"{office} menandatangani nota kesepahaman dengan Pemprov Contoh di Jakarta, Rabu (13/11/2024)."
    assert name in [p["name"] for p in rows(text)["people"]]


def test_police_units_listed_under_a_zone_said_for_them_take_it():
    text = ("Ombudsman RI Perwakilan Contoh menyampaikan hasil penilaian kepatuhan pelayanan publik tahun 2022 "
            "terhadap polres jajaran Polda Contoh.\n"
            "Dari 19 Polres yang meraih zona hijau tahun 2022, 7 di antaranya meraih kepatuhan tinggi.\n"
            "Ke 7 Polres dimaksud masing-masing Polres Alfa dengan nilai 95,63, Polres Beta (94,84) dan "
            "Polres Gama (93,80).\n"
            "Sedangkan 12 Polres yang meraih Predikat Zona Hijau dengan Opini Kualitas Tinggi adalah "
            "Polres Delta (87,28), Polres Epsilon (87,18).")
    got = {(s["subject"], s["value"], s["zone"]) for s in rows(text)["scores"]}
    assert got == {("Polres Alfa", 95.63, "hijau"), ("Polres Beta", 94.84, "hijau"), ("Polres Gama", 93.8, "hijau"),
                   ("Polres Delta", 87.28, "hijau"), ("Polres Epsilon", 87.18, "hijau")}


@pytest.mark.parametrize("room, people", [
    ("di Ruang Rapat Rektor, Lantai 8 Gedung Rektorat Universitas Hasanuddin, Tamalanrea", []),  # a room
    ("di ruang kerja Gubernur Maluku Markus Ilyas", ["Markus Ilyas"]),  # the room of an official named
])
def test_an_office_in_a_buildings_name_names_its_holder_only_when_the_name_follows(room, people):
    text = f"Pertemuan membahas rencana nota kesepahaman. Pertemuan berlangsung {room}, Selasa (12/11/2024)."
    assert [p["name"] for p in rows(text)["people"]] == people


def test_the_day_a_body_was_founded_dates_no_signing():
    text = ("Yogyakarta, 12 November 2024 – Universitas Gadjah Mada (UGM) menerima kunjungan dari Universitas "
            "Pattimura (Unpatti), perguruan tinggi negeri tertua di Pulau Maluku yang berdiri pada 8 Agustus 1962, "
            "untuk menandatangani Nota Kesepahaman.")
    (event,) = events(text, published=None)
    assert str(event["event_date"]) == "2024-11-12"


def test_a_line_of_officials_with_their_degrees_is_no_headline():
    text = ("Kolaborasi Dua Kota Bangun Jalur Dagang Baru\n\nWali Kota Ternate Dr. H. M. Taufik Salim, M.Si, "
            "Wakil Wali Kota Ternate Nasrul Abu; Sekda Kota Ternate Dr. H. Rizal Marzuki, SE., MM\n\n"
            "Kedua kota menandatangani nota kesepahaman di Ternate, Selasa (12/11/2024).")
    assert {"Nasrul Abu", "Rizal Marzuki"} <= {p["name"] for p in rows(text)["people"]}


def test_a_minangkabau_honorific_is_no_part_of_the_name():
    text = "Gubernur Sumbar Buya Mahmud Yusuf menandatangani nota kesepahaman dengan Gubernur Jambi di Padang, Selasa (12/11/2024)."
    assert "Mahmud Yusuf" in [p["name"] for p in rows(text)["people"]]


@pytest.mark.parametrize("campus, government", [
    ("Rektor Universitas Hasanuddin (Unhas), Prof. Jamal Jompa,", True),  # a state campus, by its name
    ("Rektor Unhas, Prof. Jamal Jompa,", True),                           # by its short form
    ("Rektor Universitas Contoh Raya, Prof. Jamal Jompa,", False),         # a campus not known as a state one
])
def test_a_state_campus_named_makes_its_agreement_with_a_company_a_governments(campus, government):
    text = (f"{campus} dan Direktur Utama PT Contoh Sejahtera, Budi Santoso, menandatangani nota kesepahaman "
            "di Makassar, Selasa (12/11/2024).")
    assert bool(events(text)) is government


def people(text):
    return {p["name"]: p["role"] for p in rows(text)["people"]}


def test_a_group_title_gives_its_office_to_each_name_listed_after_it():
    text = ("Tim penilai kepatuhan Ombudsman Sulsel dipimpin Kepala Keasistenan Pencegahan Maladministrasi, Dewi "
            "Anggraini, didampingi para asisten Ombudsman Hendra Gunadi, Hasan Eka Putra, dan Andi Gusnawati.")
    assert people(text) == {"Dewi Anggraini": "pejabat_ombudsman", "Hendra Gunadi": "pejabat_ombudsman",
                            "Hasan Eka Putra": "pejabat_ombudsman", "Andi Gusnawati": "pejabat_ombudsman"}


def test_an_ombudsman_assistants_grade_is_an_ombudsman_office():
    text = ("Rombongan Ombudsman dalam penilaian kepatuhan yakni Maria Ulya (Asisten Muda Ombudsman Sulsel) "
            "dan Budi Hartono (Asisten Madya Ombudsman Sulsel).")
    assert people(text) == {"Maria Ulya": "pejabat_ombudsman", "Budi Hartono": "pejabat_ombudsman"}


def test_a_name_between_a_speech_verb_and_its_title_needs_no_comma():
    text = ("\"Kantor pertanahan di Banten masuk zona kuning dalam penilaian kepatuhan,\" ujar Dedi Irawan Kepala "
            "Ombudsman Perwakilan Provinsi Banten.")
    assert people(text) == {"Dedi Irawan": "kepala_perwakilan_ombudsman"}


@pytest.mark.parametrize("published", ["2020-12-21", None])
def test_a_signing_told_as_done_on_the_news_days_is_the_one_reported(published):
    text = ("Pemerintah Indonesia dan PT Contoh Energi sepakat menandatangani MoU untuk membangun pabrik baterai.\n"
            "Kepala BKPM Bahar Lubis mengatakan MoU sudah diteken pada 18 Desember 2020.")
    assert [str(e["event_date"]) for e in events(text, published=published)] == ["2020-12-18"]


def test_a_speakers_today_with_a_perfect_word_is_the_news_not_the_earlier_signing():
    text = ("Manggar - Pemkab Beltim dan Pemkab Belitung menyepakati batas wilayah di Ruang Rapat Bupati Beltim, "
            "Kamis, (23/9/2021).\n"
            "\"Hari ini Pemkab Beltim dan Pemkab Belitung telah melaksanakan penandatanganan MoU tentang batas "
            "wilayah,\" ucap Bupati Beltim Burhan Hadi.\n"
            "Sebelumnya 8 Juni 2021, Pemkab Beltim dan Belitung sudah melaksanakan penandatanganan MoU di Kantor "
            "Bupati Belitung.")
    got = sorted((str(e["event_date"]), e["primary"]) for e in events(text, published="2021-09-24"))
    assert got == [("2021-06-08", False), ("2021-09-23", True)]


def test_the_one_a_sentence_is_according_to_did_not_sign():
    text = ("Universitas Brawijaya dan BNN menandatangani nota kesepahaman di Malang, Sabtu (10/3/2018).\n"
            "Menurut Kepala BNN, Komjen Pol Drs Hadi Winarto SH penandatanganan nota kesepahaman tersebut "
            "meliputi penyebaran informasi tentang P4GN.")
    (event,) = events(text, published="2018-03-11")
    assert list(event["signatories"]) == []


def test_units_said_to_share_a_zone_with_one_take_it():
    text = ("MAMUJU - Pemerintah Kabupaten Mamuju masuk zona hijau bersama Pemerintah Kabupaten Mamasa dan "
            "Pemerintah Kabupaten Majene dalam penilaian kepatuhan Ombudsman tahun 2019.")
    got = {(s["subject"], s["zone"]) for s in rows(text, published="2020-02-14")["scores"]}
    assert got == {("Pemerintah Kabupaten Mamuju", "hijau"), ("Pemerintah Kabupaten Mamasa", "hijau"),
                   ("Pemerintah Kabupaten Majene", "hijau")}


def test_a_colour_got_is_the_zone_got():
    text = ("Kota Serang - Ombudsman menilai kepatuhan delapan polres di Banten tahun 2021.\n"
            "Di urutan pertama empat polres yang memperoleh hijau diraih Polres Cilegon dengan nilai 95,76.\n"
            "Posisi kedua ditempati Polres Pandeglang dengan nilai 87,55.")
    got = {(s["subject"], s["value"], s["zone"]) for s in rows(text, published="2022-02-03")["scores"]}
    assert got == {("Polres Cilegon", 95.76, "hijau"), ("Polres Pandeglang", 87.55, "hijau")}
