#!/usr/bin/env python3
"""Writes src/main/resources/demo/network/relations.csv: the demo relations among the demo catalogue's real
organisations. Plausible from the organisations' public roles, NOT verified facts: every row has demo=true.
Ids are UUIDv5 of the row's key, so rebuilding gives the same ids. Run from the repository root."""
import csv, uuid, json

NS = uuid.UUID("6f1d3a52-0c8e-4a43-9d1e-6b0d2c1f5e77")
ORG = {o["name"]: o["id"] for o in json.load(open("src/main/resources/demo/hsds/organizations.json"))}
SERVICES = json.load(open("src/main/resources/demo/hsds/services.json"))

def org(prefix):
    found = [i for n, i in ORG.items() if n == prefix] or [i for n, i in ORG.items() if n.startswith(prefix)]
    assert len(found) == 1, prefix
    return found[0]

TEXT = {
    "refers-to": ("Ohjaa yrityksiä tämän palveluihin.", "Hänvisar företag till dess tjänster.", "Refers companies to its services."),
    "partners-with": ("Tekee yhteistyötä yritysten kasvun ja kansainvälistymisen tukemiseksi.", "Samarbetar för att stödja företagens tillväxt och internationalisering.", "Works together to support companies' growth and internationalisation."),
    "funds": ("Rahoittaa toimintaa tai hankkeita.", "Finansierar verksamhet eller projekt.", "Funds activities or projects."),
    "part-of": ("Kuuluu organisaatioon.", "Hör till organisationen.", "Is part of the organisation."),
    "co-delivers": ("Toteuttaa palvelua yhdessä.", "Levererar en tjänst tillsammans.", "Delivers a service together."),
    "member-of": ("On verkoston jäsen tai kumppani.", "Är medlem eller partner i nätverket.", "Is a member or partner of the network."),
}

ROWS = [
    # (source, type, target, valid_from, valid_to, evidence)
    ("Business Finland", "member-of", "Team Finland", "2018-01-01", "", "https://www.team-finland.fi"),
    ("Finnvera", "member-of", "Team Finland", "2018-01-01", "", "https://www.team-finland.fi"),
    ("Keski-Suomen elinvoimakeskus", "member-of", "Team Finland", "2026-01-01", "", "https://www.team-finland.fi"),
    ("Ulkoministeriö", "member-of", "Team Finland", "2018-01-01", "", "https://www.team-finland.fi"),
    ("Finnfund", "member-of", "Team Finland", "2018-01-01", "", "https://www.team-finland.fi"),
    ("Keski-Suomen kauppakamari", "member-of", "Team Finland", "", "", "https://www.team-finland.fi"),
    ("Keski-Suomen kauppakamari", "member-of", "Keskuskauppakamari", "", "", "https://kauppakamari.fi"),
    ("Keskuskauppakamari", "partners-with", "ICC Suomi", "", "", "https://iccfinland.fi"),
    ("Saksalais-Suomalainen", "partners-with", "Keskuskauppakamari", "", "", ""),
    ("Suomalais-Ruotsalainen", "partners-with", "Keskuskauppakamari", "", "", ""),
    ("Euroopan komissio", "funds", "Enterprise Europe Network", "", "", "https://een.ec.europa.eu"),
    ("Euroopan komissio", "funds", "Keski-Suomen liitto", "", "", ""),
    ("Business Finland", "member-of", "Enterprise Europe Network", "", "", "https://een.fi"),
    ("Keski-Suomen elinvoimakeskus", "member-of", "Enterprise Europe Network", "2026-01-01", "", "https://een.fi"),
    ("Business Finland", "funds", "Jyväskylän ammattikorkeakoulu", "", "", ""),
    ("Keski-Suomen liitto", "funds", "Keski-Suomen kauppakamari", "2025-01-01", "2027-12-31", ""),
    ("Keski-Suomen elinvoimakeskus", "funds", "Leader Viisari", "2026-01-01", "", ""),
    ("Ulkoministeriö", "funds", "Finnpartnership", "", "", "https://finnpartnership.fi"),
    ("Business Jyväskylä", "refers-to", "Business Finland", "", "", ""),
    ("Business Jyväskylä", "refers-to", "Keski-Suomen elinvoimakeskus", "2026-01-01", "", ""),
    ("Business Jyväskylä", "refers-to", "Keski-Suomen Uusyrityskeskus", "", "", ""),
    ("Business Jyväskylä", "refers-to", "Keski-Suomen kauppakamari", "", "", ""),
    ("Business Jyväskylä", "refers-to", "Finnvera", "", "", ""),
    ("Jämsän kaupunki", "refers-to", "Keski-Suomen elinvoimakeskus", "2026-01-01", "", ""),
    ("Jämsän kaupunki", "refers-to", "Keski-Suomen kauppakamari", "", "", ""),
    ("Jämsän kaupunki", "refers-to", "Keski-Suomen Uusyrityskeskus", "", "", ""),
    ("Äänekosken Kehitys", "refers-to", "Business Finland", "", "", ""),
    ("Kehittämisyhtiö Witas", "refers-to", "Keski-Suomen elinvoimakeskus", "2026-01-01", "", ""),
    ("Kehittämisyhtiö Karstulanseutu", "refers-to", "Keski-Suomen elinvoimakeskus", "2026-01-01", "", ""),
    ("Laukaan kunta", "refers-to", "Keski-Suomen Uusyrityskeskus", "", "", ""),
    ("Joutsan kunta", "refers-to", "Keski-Suomen Uusyrityskeskus", "", "", ""),
    ("Saarijärven kaupunki", "refers-to", "Keski-Suomen elinvoimakeskus", "2026-01-01", "", ""),
    ("Keuruun kaupunki", "refers-to", "Keski-Suomen kauppakamari", "", "", ""),
    ("Keski-Suomen Uusyrityskeskus", "refers-to", "Suomen Yrityskummit", "", "", ""),
    ("Keski-Suomen Uusyrityskeskus", "refers-to", "Finnvera", "", "", ""),
    ("Keski-Suomen Yrittäjät", "refers-to", "Suomen Yrityskummit", "", "", ""),
    ("Keski-Suomen kauppakamari", "refers-to", "Tulli", "", "", ""),
    ("Keski-Suomen kauppakamari", "refers-to", "Keskuskauppakamarin välimiesinstituutti", "", "", ""),
    ("Keski-Suomen kauppakamari", "partners-with", "Keski-Suomen Yrittäjät", "", "", ""),
    ("Keski-Suomen kauppakamari", "co-delivers", "Jyväskylän ammattikorkeakoulu", "2024-01-01", "2025-12-31", ""),
    ("Keski-Suomen elinvoimakeskus", "refers-to", "Business Finland", "2026-01-01", "", ""),
    ("Business Finland", "refers-to", "Finnvera", "", "", ""),
    ("Finnvera", "partners-with", "Business Finland", "", "", ""),
    ("Business Finland", "refers-to", "Enterprise Europe Network", "", "", ""),
    ("Suomen Teollisuussijoitus", "partners-with", "Business Finland", "", "", ""),
    ("Pankit", "partners-with", "Finnvera", "", "", ""),
    ("Luottovakuutusyhtiöt", "partners-with", "Finnvera", "", "", ""),
    ("Jyväskylän yliopiston kauppakorkeakoulu", "partners-with", "Jyväskylän ammattikorkeakoulu", "", "", ""),
    ("Jyväskylän koulutuskuntayhtymä Gradia", "partners-with", "Business Jyväskylä", "", "", ""),
    ("Jyväskylän kaupunki, työllisyyspalvelut", "partners-with", "EURES-verkosto", "", "", ""),
    ("Jyväskylän kaupunki, työllisyyspalvelut", "refers-to", "Maahanmuuttovirasto", "", "", ""),
    ("Työmarkkinatori", "partners-with", "EURES-verkosto", "", "", ""),
    ("Kasvu Open", "partners-with", "Business Jyväskylä", "", "", ""),
    ("Leader Viisari", "refers-to", "Keski-Suomen elinvoimakeskus", "2026-01-01", "", ""),
]

# The service a relation is about (required for co-delivers): (source, type, target) -> the service's name, which must
# be a service of the source or the target.
SERVICE = {
    ("Keski-Suomen kauppakamari", "co-delivers", "Jyväskylän ammattikorkeakoulu"): "Ulkomaankaupan ja viennin koulutukset",
}

def service(source, kind, target, s, t):
    name = SERVICE.get((source, kind, target))
    assert name or kind != "co-delivers", (source, kind, target)
    if not name:
        return "", ""
    found = [x["id"] for x in SERVICES if x["name"] == name and x["organization_id"] in (s, t)]
    assert len(found) == 1, name
    return found[0], name

with open("src/main/resources/demo/network/relations.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "source_id", "source_name", "target_id", "target_name", "type", "service_id", "service_name",
                "description_fi",
                "description_sv", "description_en", "evidence", "valid_from", "valid_to", "demo"])
    for source, kind, target, start, end, evidence in ROWS:
        s, t = org(source), org(target)
        key = f"{s}|{kind}|{t}"
        fi, sv, en = TEXT[kind]
        names = {i: n for n, i in ORG.items()}
        service_id, service_name = service(source, kind, target, s, t)
        w.writerow([uuid.uuid5(NS, key), s, names[s], t, names[t], kind, service_id, service_name,
                    "ESIMERKKI: " + fi, "EXEMPEL: " + sv, "EXAMPLE: " + en,
                    ("demo, not verified; " + evidence) if evidence else "demo, not verified",
                    start, end, "true"])
print(len(ROWS), "relations")
