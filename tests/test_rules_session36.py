"""Kinds of sentence read in session 36, on short invented articles."""
from .readings import by_name, scores_of


def test_a_numbered_list_gives_each_subject_its_value_after_a_dash():
    # a zone said of all, then "1. Kabupaten X – 97,73" a line: a list item, no dateline; a footnote's
    # stars after a name do not part it from its value
    text = ("Ombudsman RI Perwakilan Sumatera Barat mengumumkan hasil penilaian kepatuhan tahun 2024. Semua "
            "pemerintah daerah berada di zona hijau, dengan rincian sebagai berikut:\n\n"
            "1. Kabupaten Agam – 95,48\n2. Kota Padang Panjang – 94,46\n3. Kabupaten Pasaman** – 91,23\n\n"
            "Tidak ada daerah yang masuk zona merah.")
    assert scores_of(text, "2024-12-10", "subject", "value", "zone") == [
        ("Kabupaten Agam", 95.48, "hijau"), ("Kota Padang Panjang", 94.46, "hijau"),
        ("Kabupaten Pasaman", 91.23, "hijau")]


def test_a_place_that_opens_a_quoted_sentence_is_no_dateline():
    # '"Sumbar di urutan ke-25 ...': the hyphen of "ke-25" is no dateline's dash, after plain words
    text = ("Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2021. \"Sumbar di urutan ke-25 dari 34 "
            "provinsi, berada di zona kuning dengan nilai 68,52,\" katanya.")
    assert scores_of(text, "2021-12-30", "subject", "value", "zone") == [("Sumbar", 68.52, "kuning")]


def test_keeping_a_place_is_a_result_unless_a_word_of_aim_or_duty_comes_first():
    reported = ("Hasil penilaian kepatuhan Ombudsman RI tahun 2024 diumumkan. Di tingkat pemerintah kota, Kota "
                "Payakumbuh mempertahankan posisi teratas di Sumatera Barat dengan nilai 97,60.")
    assert scores_of(reported, "2024-12-10", "subject", "value", "kind") == [("Kota Payakumbuh", 97.6, "achieved")]
    aimed = ("Hasil penilaian kepatuhan Ombudsman RI tahun 2024 diumumkan. Kabupaten Agam harus tetap "
             "mempertahankan zona hijau pada penilaian berikutnya.")
    assert scores_of(aimed, "2024-12-10", "subject", "kind") == [("Kabupaten Agam", "target")]
    # a topic opened with "Untuk" is no duty: the zone kept is a result
    topic = ("Hasil penilaian kepatuhan Ombudsman RI tahun 2024 diumumkan. Untuk kategori pemerintah kabupaten, "
             "Kabupaten Agam mempertahankan zona hijau dengan nilai 90,15.")
    assert scores_of(topic, "2024-12-10", "subject", "value", "kind") == [("Kabupaten Agam", 90.15, "achieved")]


def test_the_deputy_of_an_office_holds_the_deputys_title():
    # "Nama, Wakil Ketua KPK": the name before the deputy's title; a deputy with a row of its own keeps its role
    text = ("KPK dan Pemerintah Provinsi Sulawesi Utara menandatangani nota kesepahaman di Manado, Selasa "
            "(10/9/2019). Sementara Thony Saut Situmorang, Wakil Ketua KPK mengatakan kerja sama ini penting. "
            "Hadir pula Wakil Gubernur Sulawesi Utara Steven Kandouw.")
    titles = by_name(text, "2019-09-11", "title")
    assert titles.get("Thony Saut Situmorang") == "Wakil Ketua KPK"
    assert by_name(text, "2019-09-11", "role").get("Steven Kandouw") == "wakil_gubernur"


def test_a_faith_or_a_field_in_an_offices_name_is_no_part_of_the_holders_name():
    text = ("Kementerian Agama dan Pemerintah Kabupaten Magelang menandatangani nota kesepahaman di Magelang, "
            "Senin (6/5/2024). Hal senada disampaikan Plt. Dirjen Bimas Buddha Nyoman Suriadarma. Hadir pula "
            "Asisten Bidang Ekobang Sukisno.")
    names = by_name(text, "2024-05-07", "role")
    assert "Nyoman Suriadarma" in names and "Sukisno" in names
    assert not any(n.startswith(("Buddha", "Ekobang")) for n in names)
