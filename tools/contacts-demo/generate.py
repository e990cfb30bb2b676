#!/usr/bin/env python3
"""Writes src/main/resources/demo/contacts/companies.json: the kv database's demo data.

Every company and person is invented. Names end in "(demo)", e-mails are at example.org (reserved by RFC 2606),
phone numbers are made up, and Business IDs are in the 99xxxxx block, which the trade register has not reached, with
correct check digits. Deterministic: run it again and the file is the same.
"""
import json
import random
from pathlib import Path

random.seed(20261127)
WEIGHTS = [7, 9, 10, 5, 8, 4, 2]


def business_id(n):
    while True:
        digits = f"{n:07d}"
        r = sum(int(d) * w for d, w in zip(digits, WEIGHTS)) % 11
        if r != 1:
            return f"{digits}-{0 if r == 0 else 11 - r}"
        n += 1


PARTS_A = ["Kuusi", "Koivu", "Järvi", "Kallio", "Virta", "Saari", "Harju", "Lehto", "Niemi", "Salmi", "Kivi", "Mänty",
           "Ranta", "Vaara", "Laakso", "Suo", "Kangas", "Lampi", "Honka", "Tuuli"]
PARTS_B = ["Metalli", "Puu", "Data", "Tekniikka", "Design", "Ruoka", "Energia", "Rakenne", "Kone", "Muovi", "Logistiikka",
           "Media", "Sensori", "Kuitu", "Robotiikka", "Terveys", "Matkailu", "Kemia"]
INDUSTRY = {"Metalli": "C", "Puu": "C", "Data": "J", "Tekniikka": "M", "Design": "M", "Ruoka": "C", "Energia": "D",
            "Rakenne": "F", "Kone": "C", "Muovi": "C", "Logistiikka": "H", "Media": "J", "Sensori": "C", "Kuitu": "C",
            "Robotiikka": "C", "Terveys": "Q", "Matkailu": "I", "Kemia": "C"}
MUNICIPALITIES = ["179", "179", "179", "182", "410", "992", "500", "249", "729", "931", "077", "850", "601"]
MARKETS = ["SE", "SE", "SE", "NO", "DE", "DE", "EE", "US", "JP", "CN", "GB", "NL", "PL", "DK", "FR"]
MODES = ["export", "export", "export", "partner", "subsidiary", "sourcing", "project"]
SIZES = ["micro", "small", "small", "medium", "large"]
FIRST = ["Aino", "Eero", "Liisa", "Mikko", "Sanna", "Ville", "Outi", "Janne", "Hanna", "Pekka", "Riikka", "Tuomas",
         "Kaisa", "Antti", "Laura", "Juha"]
LAST = ["Esimerkki", "Testinen", "Demola", "Kuvitelma", "Malliranta", "Keksitty", "Harjoitus", "Näytekoski"]
ROLES = ["toimitusjohtaja", "vientipäällikkö", "myyntijohtaja", "tuotekehitysjohtaja", "hankintapäällikkö"]
COUNTRY_FI = {"SE": "Ruotsiin", "NO": "Norjaan", "DE": "Saksaan", "EE": "Viroon", "US": "Yhdysvaltoihin",
              "JP": "Japaniin", "CN": "Kiinaan", "GB": "Britanniaan", "NL": "Alankomaihin", "PL": "Puolaan",
              "DK": "Tanskaan", "FR": "Ranskaan"}
MODE_FI = {"export": "vienti", "partner": "jälleenmyyjäkumppani", "subsidiary": "tytäryhtiö", "sourcing": "hankinnat",
           "project": "projektitoimitus"}
OFFERS = ["Voimme kertoa kokemuksistamme {c}", "Jaamme jälleenmyyjäverkostomme yhteystietoja ({m})",
          "Tarjoamme yhteistä messuosastoa {c}"]
SEEKS = ["Etsimme jälleenmyyjää ({m})", "Etsimme kumppania kiertotalouden yhteiskehitykseen",
         "Etsimme alihankkijaa vientitoimitukseen ({m})"]

companies = []
used = set()
for i in range(36):
    while True:
        a, b = random.choice(PARTS_A), random.choice(PARTS_B)
        if (a, b) not in used:
            used.add((a, b))
            break
    name = f"{a}{b.lower()} Oy (demo)"
    industry = INDUSTRY[b]
    markets = random.sample(MARKETS, random.randint(1, 3))
    experiences = []
    for m in dict.fromkeys(markets):
        mode = random.choice(MODES)
        experiences.append({"market": m, "mode": mode, "since": random.randint(2005, 2025), "industry": industry,
                            "summary": f"ESIMERKKI: {MODE_FI[mode]} {COUNTRY_FI[m]}"})
    listings = []
    if random.random() < 0.5:
        m = experiences[0]["market"]
        listings.append({"kind": "offer", "summary": "ESIMERKKI: " + random.choice(OFFERS).format(c=COUNTRY_FI[m], m=m),
                         "market": m, "industry": industry, "expires": "2027-12-31"})
    if random.random() < 0.4:
        m = random.choice(MARKETS)
        listings.append({"kind": "seek", "summary": "ESIMERKKI: " + random.choice(SEEKS).format(m=m),
                         "market": m, "industry": None, "expires": "2027-06-30"})
    visibility = {}
    if i % 7 == 3:
        visibility["website"] = "MEMBERS"
    if i % 11 == 5:
        visibility["size"] = "STAFF"
    people = []
    for j in range(random.randint(1, 2)):
        first, last = random.choice(FIRST), random.choice(LAST)
        slug = (a + b).lower().replace("ä", "a").replace("ö", "o")
        people.append({
            "name": f"{first} {last}",
            "role": random.choice(ROLES),
            "email": f"{first.lower()}.{last.lower().replace('ä', 'a').replace('ö', 'o')}@{slug}.example.org",
            "phone": f"+358 100 {i:03d} {j}",
            "languages": ["fi", "en"] + (["sv"] if random.random() < 0.3 else []),
            "visibility": {"name": "PUBLIC", "role": "PUBLIC"} if j == 0 and i % 3 == 0 else {},
            "legalBasis": "consent" if j == 0 else "legitimate-interest",
            "consentPurpose": "Yhteyshenkilönä kv-verkostossa (demo)",
            "consentGivenOn": "2026-10-01",
            "consentSource": "demo data",
        })
    companies.append({
        "businessId": business_id(9900000 + i * 37),
        "name": name,
        "municipality": random.choice(MUNICIPALITIES),
        "industry": industry,
        "size": random.choice(SIZES),
        "website": f"https://{(a + b).lower().replace('ä', 'a').replace('ö', 'o')}.example.org",
        "languages": ["fi", "en"] + (["sv"] if random.random() < 0.3 else []) + (["de"] if "DE" in markets else []),
        "description": f"ESIMERKKI / EXEMPEL / EXAMPLE: keksitty {b.lower()}alan yritys kv-verkoston esittelyyn.",
        "visibility": visibility,
        "experiences": experiences,
        "listings": listings,
        "people": people,
    })

out = Path(__file__).resolve().parents[2] / "src/main/resources/demo/contacts/companies.json"
out.write_text(json.dumps({"note": "Invented companies and people for demonstration only (demo data).",
                           "companies": companies}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(out, len(companies))
