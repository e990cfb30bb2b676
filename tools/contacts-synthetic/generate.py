#!/usr/bin/env python3
"""Write a synthetic kv database (the contacts module's tables) of any size, for the contacts benchmark.

Usage: python3 tools/contacts-synthetic/generate.py OUT_DIR [--companies N] [--people N] [--experiences N]
       [--listings N] [--import-rows N] [--seed S]

Writes, for PostgreSQL's COPY ... (FORMAT csv) (see bench/contacts-load.sh):

* OUT_DIR/contacts_company.csv     N companies (default 1,000,000)
* OUT_DIR/contacts_experience.csv  experience rows (default 3,000,000)
* OUT_DIR/contacts_person.csv      people (default 2,000,000)
* OUT_DIR/contacts_listing.csv     offers and seeks (default N/20)
* OUT_DIR/import.csv               rows for the staff CSV import (default 200,000), in the import's own column names,
                                   none of them a duplicate of the database's Business IDs or e-mails

Everything is invented and seeded: the same seed gives the same files. Business IDs have the right check digit
(companies from 2000000 up in steps of 7, import rows from 9000000 up in steps of 3; the demo data's 99xxxxx block is
never used). Municipalities are those of Keski-Suomi 85 % of the time, Jyväskylä (179) the most; industries are TOL
2008 sections with manufacturing (C), trade (G) and professional services (M) the commonest; experience is skewed
toward the Nordic and German markets and export; a company has 0 to 12 experience rows (geometric), 0 to 8 people.
Python 3.9+, standard library only. About 6 million rows, 700 MB, in a few minutes on the benchmark machine.
"""
import argparse
import bisect
import csv
import random
import uuid
from itertools import accumulate
from pathlib import Path

WEIGHTS = [7, 9, 10, 5, 8, 4, 2]


def business_id(n):
    while True:
        digits = f"{n:07d}"
        r = sum(int(d) * w for d, w in zip(digits, WEIGHTS)) % 11
        if r != 1:
            return f"{digits}-{0 if r == 0 else 11 - r}"
        n += 1


class Weighted:
    def __init__(self, pairs, rng):
        self.values = [v for v, _ in pairs]
        self.cum = list(accumulate(w for _, w in pairs))
        self.rng = rng

    def __call__(self):
        return self.values[bisect.bisect_right(self.cum, self.rng.random() * self.cum[-1])]


# Keski-Suomi (the directory's municipalities) by rough population, then other Finnish towns.
KS = [("179", 145), ("182", 20), ("410", 20), ("992", 18), ("500", 12), ("249", 9), ("729", 8), ("931", 6),
      ("077", 5), ("850", 5), ("601", 4), ("592", 4), ("892", 4), ("172", 4), ("435", 2), ("216", 2), ("226", 2),
      ("256", 2), ("265", 2), ("275", 2), ("495", 1), ("312", 1)]
OTHER = [("091", 40), ("837", 15), ("564", 12), ("853", 11), ("398", 7), ("049", 17), ("092", 13), ("297", 7)]
INDUSTRIES = [("C", 14), ("G", 18), ("M", 14), ("F", 13), ("J", 6), ("H", 6), ("N", 6), ("I", 5), ("Q", 5), ("S", 4),
              ("L", 4), ("A", 4), ("K", 2), ("R", 2), ("D", 1), ("E", 1), ("P", 1), ("B", 0.5), ("O", 0.2),
              ("T", 0.1), ("U", 0.05)]
SIZES = [("micro", 80), ("small", 14), ("medium", 4), ("large", 1), (None, 10)]
MARKETS = [("SE", 30), ("DE", 18), ("NO", 14), ("EE", 10), ("DK", 8), ("US", 8), ("GB", 7), ("NL", 5), ("PL", 5),
           ("FR", 4), ("CN", 4), ("JP", 3), ("region-nordics", 3), ("region-eu", 3), ("LV", 2), ("LT", 2), ("IT", 2),
           ("ES", 2), ("AT", 2), ("CH", 2), ("BE", 1.5), ("CZ", 1.5), ("IE", 1), ("CA", 1), ("KR", 1), ("IN", 1),
           ("SG", 1), ("AU", 1), ("AE", 1), ("UA", 0.5), ("TR", 0.5), ("MX", 0.3), ("BR", 0.5), ("CL", 0.2),
           ("VN", 0.5), ("ID", 0.3), ("SA", 0.3), ("KE", 0.2), ("ZA", 0.3), ("IS", 0.3),
           ("region-asia-pacific", 0.5), ("region-north-america", 0.5)]
MODES = [("export", 60), ("partner", 14), ("sourcing", 12), ("subsidiary", 7), ("project", 7)]
A = ["Kuusi", "Koivu", "Järvi", "Kallio", "Virta", "Saari", "Harju", "Lehto", "Niemi", "Salmi", "Kivi", "Mänty",
     "Ranta", "Vaara", "Laakso", "Suo", "Kangas", "Lampi", "Honka", "Tuuli", "Revon", "Karhu", "Kotka", "Susi",
     "Pohjan", "Keski", "Länsi", "Itä", "Ylä", "Ala", "Lumi", "Routa", "Halla", "Sisu", "Aalto", "Paju", "Kaisla",
     "Louhi", "Tapio", "Ahti", "Päijän", "Jyvä", "Laukaan", "Äänes", "Keitele", "Kinnula", "Saarijärven"]
B = ["Metalli", "Puu", "Data", "Tekniikka", "Design", "Ruoka", "Energia", "Rakenne", "Kone", "Muovi", "Logistiikka",
     "Media", "Sensori", "Kuitu", "Robotiikka", "Terveys", "Matkailu", "Kemia", "Sähkö", "Putki", "Lasi", "Talo",
     "Koodi", "Paperi", "Kuljetus", "Hitsaus", "Valu", "Mylly", "Leipomo", "Konsultointi", "Automaatio", "Optiikka"]
FORMS = [("Oy", 78), ("Tmi", 8), ("Ky", 5), ("Ab", 3), ("Oyj", 0.3), ("Osk", 0.5), ("Ay", 1)]
FIRST = ["Aino", "Eero", "Liisa", "Mikko", "Sanna", "Ville", "Outi", "Janne", "Hanna", "Pekka", "Riikka", "Tuomas",
         "Kaisa", "Antti", "Laura", "Juha", "Minna", "Timo", "Päivi", "Jari", "Anne", "Markku", "Tiina", "Kari",
         "Emilia", "Onni", "Helmi", "Eetu", "Venla", "Leevi", "Sofia", "Elias", "Maria", "Johannes", "Anna", "Matti"]
LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
        "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
        "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila",
        "Savolainen", "Lahtinen", "Ahonen", "Kettunen", "Hyvönen", "Leppänen", "Manninen", "Kauppinen"]
ROLES = ["toimitusjohtaja", "vientipäällikkö", "myyntijohtaja", "tuotekehitysjohtaja", "hankintapäällikkö",
         "talousjohtaja", "markkinointipäällikkö", "asiakkuuspäällikkö", None]
COUNTRY = {"SE": "Ruotsiin", "NO": "Norjaan", "DE": "Saksaan", "EE": "Viroon", "US": "Yhdysvaltoihin",
           "JP": "Japaniin", "CN": "Kiinaan", "GB": "Britanniaan", "NL": "Alankomaihin", "PL": "Puolaan",
           "DK": "Tanskaan", "FR": "Ranskaan"}
WHAT = ["koneenrakennus", "ohjelmistot", "puutuotteet", "elintarvikkeet", "rakennuttaminen", "konsultointi",
        "automaatiojärjestelmät", "logistiikkapalvelut", "kuituteknologia", "terveysteknologia", "matkailupalvelut",
        "sähköasennukset", "muovituotteet", "metallirakenteet", "pakkausratkaisut", "kiertotalous", "bioenergia"]
OFFERS = ["Voimme kertoa kokemuksistamme {c}", "Jaamme jälleenmyyjäverkostomme yhteystietoja ({m})",
          "Tarjoamme yhteistä messuosastoa {c}", "Tarjoamme alihankintaa: {w}"]
SEEKS = ["Etsimme jälleenmyyjää ({m})", "Etsimme kumppania kiertotalouden yhteiskehitykseen",
         "Etsimme alihankkijaa vientitoimitukseen ({m})", "Etsimme osaajaa: {w}"]
COUNTRY_NAMES = list(COUNTRY.values())
STAMP = "2026-06-01 08:00:00+00"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("out")
    p.add_argument("--companies", type=int, default=1_000_000)
    p.add_argument("--people", type=int, default=2_000_000)
    p.add_argument("--experiences", type=int, default=3_000_000)
    p.add_argument("--listings", type=int)
    p.add_argument("--import-rows", type=int, default=200_000)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    municipality_ks, municipality_other = Weighted(KS, rng), Weighted(OTHER, rng)
    municipality = lambda: municipality_ks() if rng.random() < 0.85 else municipality_other()
    industry, size, market, mode, form = (Weighted(x, rng) for x in (INDUSTRIES, SIZES, MARKETS, MODES, FORMS))
    uid = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))
    listings = a.listings if a.listings is not None else a.companies // 20

    def name(i):
        # A number now and then, as the trade register has many near-identical names.
        suffix = f" {i % 97 + 1}" if rng.random() < 0.3 else ""
        return f"{rng.choice(A)}{rng.choice(B).lower()}{suffix} {form()}"

    # How many rows each company gets: geometric-ish, the totals scaled to the asked numbers.
    def spread(total, n, p_zero):
        counts = [0] * n
        weights = [0.0 if rng.random() < p_zero else rng.expovariate(1.0) ** 2 for _ in range(n)]
        scale = total / (sum(weights) or 1)
        left = total
        for i, w in enumerate(weights):
            c = min(int(w * scale + rng.random()), 12, left)
            counts[i] = c
            left -= c
        i = 0
        while left > 0:  # the rest, one each, to companies that already have some
            if weights[i % n] > 0 and counts[i % n] < 12:
                counts[i % n] += 1
                left -= 1
            i += 1
        return counts

    n = a.companies
    exp_counts = spread(a.experiences, n, 0.25)
    person_counts = spread(a.people, n, 0.15)
    listing_of = set(rng.sample(range(n), min(listings, n)))
    w = lambda f: csv.writer(open(out / f, "w", newline="", encoding="utf-8"), lineterminator="\n")
    companies, experiences, people, listing_rows = (w(f"contacts_{t}.csv") for t in
                                                    ("company", "experience", "person", "listing"))
    email_no = 0
    for i in range(n):
        cid = uid()
        ind = industry()
        nm = name(i)
        desc = f"{rng.choice(WHAT).capitalize()} ja {rng.choice(WHAT)}, {rng.choice(COUNTRY_NAMES)} ja kotimaahan."
        companies.writerow([cid, 0, business_id(2_000_000 + 7 * i), nm, municipality(), ind, size() or "",
                            f"https://www.example.org/{i}" if rng.random() < 0.6 else "",
                            "fi,en" if rng.random() < 0.5 else "fi", desc, "", "false", STAMP, STAMP])
        for pos in range(exp_counts[i]):
            m, mode_code = market(), mode()
            summary = f"{MODE_FI[mode_code]} {COUNTRY.get(m, m)}" if rng.random() < 0.5 else ""
            experiences.writerow([cid, pos, m, mode_code, 1990 + int(rng.random() ** 0.5 * 36),
                                  ind if rng.random() < 0.8 else industry(), summary])
        for _ in range(person_counts[i]):
            email_no += 1
            f, l = rng.choice(FIRST), rng.choice(LAST)
            people.writerow([uid(), 0, cid, "", f"{f} {l}", rng.choice(ROLES) or "",
                             f"{ascii(f)}.{ascii(l)}.{email_no}@example.org",
                             f"+358 40 {rng.randrange(1000000, 9999999)}", "fi", "",
                             "legitimate-interest" if rng.random() < 0.7 else "consent", "", "", "", "", "", "false",
                             STAMP, STAMP])
        if i in listing_of:
            m = market()
            offer = rng.random() < 0.5
            text = rng.choice(OFFERS if offer else SEEKS).format(c=COUNTRY.get(m, m), m=m, w=rng.choice(WHAT))
            listing_rows.writerow([cid, 0, "offer" if offer else "seek", text, m, ind,
                                   f"2027-{rng.randrange(1, 13):02d}-15" if rng.random() < 0.8 else "2026-03-31"])
    imp = w("import.csv")
    imp.writerow(["businessId", "name", "municipality", "industry", "size", "market", "mode", "since", "personName",
                  "personRole", "personEmail", "legalBasis", "consentPurpose", "consentGivenOn", "consentSource"])
    for i in range(a.import_rows):
        f, l = rng.choice(FIRST), rng.choice(LAST)
        imp.writerow([business_id(9_000_000 + 3 * i), name(i), municipality_ks(), industry(), size() or "",
                      market(), mode(), 1990 + rng.randrange(36), f"{f} {l}", rng.choice(ROLES) or "",
                      f"{ascii(f)}.{ascii(l)}.import{i}@example.org", "legitimate-interest",
                      "Vientiyhteistyön yhteyshenkilö", "2026-01-15", "Kauppakamarin jäsenrekisteri"])


def ascii(s):
    return s.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")


MODE_FI = {"export": "Vienti", "partner": "Jälleenmyyjäkumppani", "subsidiary": "Tytäryhtiö", "sourcing": "Hankinnat",
           "project": "Projektitoimitus"}


if __name__ == "__main__":
    main()
