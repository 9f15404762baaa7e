"""Officers of firms and state companies who sign with a government, on short invented articles:
a branch head of BPJS or a bank, a general manager of a state company's regional unit. Their
titles name no official in other news ("CEO Nama mengatakan ...")."""
import pipeline


def extract(text, published="2024-05-10"):
    return pipeline.extract(text, published=published)


def test_a_branch_head_who_signs_with_a_mayor_is_a_signatory():
    text = ("MATARAM - Wali Kota Mataram Ahmad Santoso dan Pimpinan Cabang BPJS Kesehatan Mataram Budi Hartono "
            "menandatangani nota kesepahaman tentang jaminan kesehatan di Mataram, Selasa (7/5/2024).")
    (event,) = extract(text)["events"]
    assert event["signatories"] == ["Ahmad Santoso", "Budi Hartono"]


def test_a_state_companys_general_manager_who_signs_is_a_signatory():
    text = ("Bupati Gowa Ahmad Santoso menandatangani MoU dengan PT PLN (Persero) yang diwakili General Manager "
            "PLN UID Sulselrabar Budi Hartono di Sungguminasa, Kamis (9/5/2024).")
    (event,) = extract(text)["events"]
    assert event["signatories"] == ["Ahmad Santoso", "Budi Hartono"]


def test_a_firms_officer_outside_a_signing_is_no_official():
    text = ("Bupati Gowa Ahmad Santoso menandatangani MoU dengan PT PLN (Persero) di Sungguminasa, Kamis (9/5/2024).\n\n"
            "General Manager PLN UID Sulselrabar Budi Hartono mengatakan listrik desa akan ditambah. CEO Startup "
            "Rahmat Hidayat juga hadir.")
    names = {p["name"] for p in extract(text)["people"]}
    assert names == {"Ahmad Santoso"}


def test_an_associations_head_who_signs_with_a_minister_is_a_signatory():
    text = ("Menteri Kelautan dan Perikanan Ahmad Santoso dan Ketua Umum Pengurus Besar Nahdlatul Ulama KH. Budi "
            "Hartono menandatangani kesepakatan bersama di Balikpapan, Senin (31/1/2022).")
    (event,) = extract(text, published="2022-01-31")["events"]
    assert event["signatories"] == ["Ahmad Santoso", "Budi Hartono"]


def test_a_partys_head_outside_a_signing_is_no_official():
    text = ("Menteri Kelautan dan Perikanan Ahmad Santoso menandatangani kesepakatan bersama dengan PBNU di "
            "Balikpapan, Senin (31/1/2022). Ketua Umum Partai Maju Budi Hartono mengapresiasi langkah itu.")
    assert {p["name"] for p in extract(text, published="2022-01-31")["people"]} == {"Ahmad Santoso"}
