"""pipeline/assemble.py: who signed, on short invented articles (through pipeline.extract)."""
import pipeline

PUB = "2024-11-13"


def signatories(text, published=PUB):
    events = pipeline.extract(text, published=published)["events"]
    primary = [e for e in events if e["primary"]]
    return set(primary[0]["signatories"]) if primary else set()


def test_the_body_saying_witnessed_beats_a_photo_caption():
    text = ("Pemkab Tabanan dan Ombudsman RI Jalin Kesepakatan\n"
            "Bupati Tabanan Rahmat Hidayat saat meneken nota kesepakatan. (AB/Ist)\n"
            "Pemerintah Kabupaten Tabanan bersama Ombudsman RI Perwakilan Bali menjalin kesepakatan tentang "
            "pelayanan publik yang lebih baik di daerah itu. Nota kesepakatan ditandatangani oleh Sekretaris "
            "Daerah Tabanan, Budi Santoso, dan Kepala Perwakilan Ombudsman RI Provinsi Bali, Made Wirawan, "
            "Senin (11/11/2024). Penandatanganan itu disaksikan Bupati Tabanan Rahmat Hidayat.")
    assert signatories(text) == {"Budi Santoso", "Made Wirawan"}


def test_those_present_at_a_signing_did_not_sign_it():
    text = ("Bupati Tabanan Rahmat Hidayat dan Kepala BPOM Bali Made Wirawan menandatangani MoU pengawasan obat "
            "di Aula Pemkab, Senin (11/11/2024).\n"
            "Hadir dalam penandatanganan MoU tersebut Wakil Bupati Tabanan, Budi Santoso, dan Sekda Tabanan, Andi Wijaya.")
    assert signatories(text) == {"Rahmat Hidayat", "Made Wirawan"}


def test_one_who_witnessed_and_also_signed_in_the_body_signed():
    # a guard on the rule above: only a headline or a caption gives way to the body
    text = ("Penandatanganan pakta integritas di Pendopo, Senin (11/11/2024), disaksikan langsung oleh "
            "Bupati Tabalong Rahmat Hidayat. Rahmat sendiri turut meneken pakta integritas tersebut.")
    assert "Rahmat Hidayat" in signatories(text)


def test_a_signing_that_dates_a_speech_says_nothing_of_who_signed():
    text = ("Kepala Kejaksaan Negeri Sukamaju, Heru Wicaksono, meneken kesepakatan bersama dengan Pemkab Sukamaju, "
            "Senin (11/11/2024). Seusai penandatanganan, Bupati Sukamaju Rahmat Hidayat menyampaikan terima kasih.")
    assert signatories(text) == {"Heru Wicaksono"}


def test_who_did_a_signing_that_dates_a_clause_signed_it():
    # "X ... setelah meneken" tells X signed; "Setelah diteken, ... X" does not
    text = ("Gubernur Kalteng, Rudi Santoso, berfoto bersama setelah meneken nota kesepakatan di Palangka Raya, "
            "Senin (11/11/2024). Setelah diteken, naskah itu dibacakan ketika Presiden Joko Susilo menyampaikan "
            "pernyataan pers.")
    assert signatories(text) == {"Rudi Santoso"}


def test_attending_a_signing_in_a_headline_is_no_signing():
    text = ("Bupati Rahmat Hadiri Penandatanganan MoU Kejati dan Pemprov Bengkulu\n"
            "Nota kesepahaman antara Kejaksaan Tinggi Bengkulu dan Pemprov Bengkulu diteken Senin (11/11/2024). "
            "Bupati Bengkulu Utara, Rahmat Hidayat, hadir dalam acara itu didampingi Kepala Kejaksaan Negeri "
            "Bengkulu Utara, Nurul Hasanah.")
    assert signatories(text) == set()


def test_a_first_name_two_officials_share_names_neither():
    text = ("Nota kesepahaman diteken Gubernur Sultra Andi Sumarno, Jumat (8/11/2024). "
            "Kepala Dinas Lingkungan Hidup Sultra, Andi Pratama, melalui Kabid Pengelolaan Sampah, La Ode Baco, "
            "menyebut penandatanganan itu langkah strategis.")
    assert signatories(text) == {"Andi Sumarno"}


def test_the_signers_a_sentence_counted_are_named_in_the_next():
    text = ("Nota kesepakatan ditandatangani oleh Bupati Lampung Selatan, Rudi Hartono, bersama pimpinan "
            "dua perguruan tinggi, Selasa (5/11/2024). Mereka adalah Rektor Universitas Lampung Raya, "
            "Dr. Siti Aminah, M.Pd, dan Rektor Institut Teknologi Kalianda, Dr. Bambang Sutejo, MM.")
    assert signatories(text) == {"Rudi Hartono", "Siti Aminah", "Bambang Sutejo"}


def test_the_signers_of_a_signing_that_named_none_are_those_listed_next():
    text = ("Penandatanganan kesepakatan bersama enam pemerintah provinsi itu dilakukan di Jakarta, Senin "
            "(11/11/2024). Mereka di antaranya Gubernur Gorontalo Rina Kartika dan Gubernur Maluku Budi Santoso.")
    assert signatories(text) == {"Rina Kartika", "Budi Santoso"}
    witnessed = text.replace("itu dilakukan di Jakarta", "itu disaksikan para kepala daerah di Jakarta")
    assert signatories(witnessed) == set()


def test_a_title_beside_another_officials_name_still_stands_for_its_holder():
    text = ("Nota kesepahaman diteken di Maros, Senin (11/11/2024). "
            "Naskah kerja sama itu ditandatangani Bupati Maros bersama Dewi Lestari Anggraini selaku Kepala "
            "BPJS Kesehatan Cabang Makassar.\n"
            "Bupati Maros, Hasan Basri, berharap program berjalan lancar.")
    assert signatories(text) == {"Hasan Basri", "Dewi Lestari Anggraini"}


def test_a_title_that_is_the_subject_of_a_signing_verb_signed():
    text = ("Pada hari Rabu tanggal 13 November 2024, Rektor UTM bersama Gubernur Kalimantan Barat menandatangani "
            "nota kesepahaman di Pontianak.\n"
            "Gubernur Kalimantan Barat, Ria Norsan, berharap kerja sama itu bermanfaat.")
    assert "Ria Norsan" in signatories(text)


def test_a_minor_title_stands_only_for_one_who_holds_that_title():
    text = ("Kesepakatan Bersama itu ditandatangani oleh Direktur Umum PDAM Sukamaju bersama Bupati Banggai Kepulauan, "
            "Rusli Hamid, Rabu (13/11/2024). Direktur didampingi Kepala LPM Krisna Tuwo.")
    assert "Krisna Tuwo" not in signatories(text)


def test_one_who_signed_two_papers_is_a_signatory_of_the_news():
    text = ("Kerja sama itu diawali penandatanganan nota kesepahaman antara Ketua Ombudsman RI Mulyadi Rahman "
            "dan Bupati Way Kanan Raden Surya pada 20 April 2024. Langkah itu disusul penandatanganan Perjanjian "
            "Kerja Sama antara Kepala Ombudsman RI Perwakilan Provinsi Lampung Nur Yusuf dan Pemkab Way Kanan "
            "pada Senin (11/11/2024). Selama Nur Yusuf memimpin perwakilan, baru dua kabupaten yang menandatangani "
            "nota kesepahaman.")
    rows = pipeline.extract(text, published=PUB)
    pks = next(e for e in rows["events"] if e["agreement_type"] == "perjanjian_kerja_sama")
    nur = next(p for p in rows["people"] if p["name"] == "Nur Yusuf")
    assert nur["event_id"] == pks["event_id"]


def test_one_who_stood_in_signs_for_the_one_represented():
    text = ("Nota kesepahaman ditandatangani oleh Sekda Kabupaten Banjar, Rahmat Hidayat, mewakili Bupati Banjar "
            "Saiful Mansur, dan Kepala Perwakilan Ombudsman Kalsel Hadi Pranoto, Senin (11/11/2024).\n"
            "Bupati Banjar Saiful Mansur menyampaikan apresiasi.")
    assert signatories(text) == {"Rahmat Hidayat", "Hadi Pranoto"}
    text = ("Bupati Tapin Saiful Mansur diwakili Wakil Bupati Tapin Idris Halim menandatangani nota kesepahaman "
            "dengan Ombudsman RI, Senin (11/11/2024).")
    assert signatories(text) == {"Idris Halim"}


def test_the_provinces_of_the_regional_heads_who_signed_join_those_of_the_parties_named():
    text = ("Pemerintah Provinsi Jambi menandatangani kesepakatan bersama dengan enam provinsi lain di Jakarta, "
            "Senin (11/11/2024). Mereka di antaranya Gubernur Gorontalo Rina Kartika dan Gubernur Maluku Budi Santoso.")
    (event,) = pipeline.extract(text, published=PUB)["events"]
    assert event["province_codes"] == ["ID-JA", "ID-GO", "ID-MA"]
