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


def test_one_who_witnessed_and_also_signed_in_the_body_signed():
    # a guard on the rule above: only a headline or a caption gives way to the body
    text = ("Penandatanganan pakta integritas di Pendopo, Senin (11/11/2024), disaksikan langsung oleh "
            "Bupati Tabalong Rahmat Hidayat. Rahmat sendiri turut meneken pakta integritas tersebut.")
    assert "Rahmat Hidayat" in signatories(text)


def test_a_signing_that_dates_a_speech_says_nothing_of_who_signed():
    text = ("Kepala Kejaksaan Negeri Sukamaju, Heru Wicaksono, meneken kesepakatan bersama dengan Pemkab Sukamaju, "
            "Senin (11/11/2024). Seusai penandatanganan, Bupati Sukamaju Rahmat Hidayat menyampaikan terima kasih.")
    assert signatories(text) == {"Heru Wicaksono"}


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
