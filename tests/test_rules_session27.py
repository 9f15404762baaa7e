"""Kinds of sentence read in session 27, on short invented articles."""
import pipeline


def extract(text, published=None):
    return pipeline.extract(text, published=published)


def signatories_of(text, published):
    return [sorted(e["signatories"]) for e in extract(text, published=published)["events"]]


def test_the_one_accompanied_who_then_signs_is_a_signatory_and_the_companion_is_not():
    # "Bupati X didampingi Sekda Y berkunjung ke Z dan menandatangani MoU dengan Rektor W": X and W sign
    text = ("Bupati Sigi Berharap Banyak dari Untad\n\n"
            "PALU - Bupati Sigi Mohamad Irwan didampingi Sekretaris Daerah Hendra Wijaya berkunjung ke Universitas "
            "Tadulako dan menandatangani nota kesepahaman dengan Rektor Universitas Tadulako Amar Ahmad di ruang "
            "rapat rektorat, Jumat (13/1/2023). Kerja sama ini untuk pengembangan sumber daya manusia di daerah.")
    assert signatories_of(text, "2023-01-13") == [["Amar Ahmad", "Mohamad Irwan"]]


def people_of(text, published="2023-01-13"):
    return sorted((p["name"], p["role"]) for p in extract(text, published=published)["people"])


MEETING = ("Pemkab Bahas Perpanjangan Kesepakatan dengan Kejari\n\n"
           "SUMBAWA BESAR - Rapat tersebut dipimpin oleh Asisten I Bidang Pemerintahan dan Kesra, {} yang "
           "dihadiri Inspektur, SKPD dan Kepala Bagian. Pembahasan ini merupakan perpanjangan dari kesepakatan "
           "yang telah ada sebelumnya dengan Kejaksaan Negeri.")


def test_a_weekday_after_an_honorific_is_a_given_name():
    # "Drs. H. Minggu Basuki": the weekday is the name's first word, not a dateline's day
    assert people_of(MEETING.format("Drs. H. Minggu Basuki, M.Ap.,")) == [("Minggu Basuki", "asisten_sekda")]


def test_a_weekday_after_a_name_is_still_no_part_of_it():
    text = ("Pemkab dan Kejari Teken Kesepakatan\n\n"
            "SUMBAWA BESAR - Bupati Sumbawa Mahmud Abdullah, Senin (9/1/2023), menandatangani kesepakatan bersama "
            "dengan Kepala Kejaksaan Negeri Sumbawa Adung Sutranggono.")
    assert ("Mahmud Abdullah", "bupati") in people_of(text, "2023-01-10")


def test_a_regions_work_units_short_form_is_no_name():
    # "dihadiri Inspektur, SKPD dan Kepala Bagian": the units that attended, no person
    assert [name for name, _role in people_of(MEETING.format("Budi Santoso,"))] == ["Budi Santoso"]
