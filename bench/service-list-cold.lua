-- wrk script: the service list WITHOUT the page cache's help. Every request asks for a different address: the needs of
-- ../shared/data/queries-dev.json (their text, their company profile as filters, and the two together), each in the
-- language it was asked in (the kv-lang cookie), plus a counter parameter `n` that the application ignores but that
-- makes every address new, so that each request searches and renders. Prints p50/p95/p99 like percentiles.lua.
-- Usage: bench/service-list-cold.sh [base-url] [duration], or wrk -t2 -c50 -d30s -s bench/service-list-cold.lua URL
-- (bench/service-list-wrk.sh measures the opposite case: one address asked again and again.)

local needs = {
  { lang = "fi", text = "vientiluotto", filters = "" },
  { lang = "fi", text = "CE-merkintä", filters = "municipality=410&industry=C&size=small" },
  { lang = "fi", text = "Tarvitsisimme rahoitusta Saksan markkinoille laajentumiseen",
    filters = "municipality=179&industry=C&size=small&market=DE&stage=3&need=funding" },
  { lang = "fi", text = "miten saan alkuperätodistuksen", filters = "municipality=182&industry=C&size=medium" },
  { lang = "fi", text = "Incoterms-koulutus", filters = "" },
  { lang = "fi", text = "Tarvitsemme tietoa Kiinan markkinoista ja kilpailijoista",
    filters = "municipality=992&industry=C&size=medium&market=CN&stage=2" },
  { lang = "fi", text = "Olen perustamassa yritystä Laukaaseen, mistä saan neuvoja?",
    filters = "municipality=410&size=startup&stage=1" },
  { lang = "fi", text = "Etsimme pääomasijoittajaa kansainväliseen kasvuun",
    filters = "municipality=179&industry=J&size=startup&stage=3" },
  { lang = "fi", text = "Kaipaisin kokenutta mentoria tukemaan vientiin lähtöä",
    filters = "municipality=249&industry=C&size=micro&stage=1&need=mentoring" },
  { lang = "fi", text = "", filters = "municipality=992&industry=G&size=micro&market=GB&stage=4&need=customs-docs" },
  { lang = "fi", text = "Tarvitsemme tuote-esitteen ja nettisivujen käännöksen saksaksi",
    filters = "industry=C&size=small&market=DE&stage=4" },
  { lang = "fi", text = "Voisimmeko palkata kansainvälisen opiskelijan harjoittelijaksi vientimarkkinointiin?",
    filters = "municipality=410&industry=G&size=micro&stage=4" },
  { lang = "fi", text = "Lähetämme asentajia työmaalle Ruotsiin, mitä todistuksia tarvitaan?",
    filters = "municipality=249&industry=F&size=small&market=SE&stage=5" },
  { lang = "fi", text = "",
    filters = "municipality=179&industry=C&size=medium&market=DE&stage=4&need=sustainability-standards" },
  { lang = "fi", text = "Haemme kiertotalousyhteistyötä biotuotetehtaan ympärille",
    filters = "municipality=992&industry=E&size=small&stage=x" },
  { lang = "fi", text = "Mistä kannattaa aloittaa, kun mietimme ensimmäistä kertaa vientiä?",
    filters = "municipality=077&industry=A&size=micro&stage=1" },
  { lang = "fi", text = "hakukonemainonta ja some-kampanja saksankielisille asiakkaille",
    filters = "industry=J&size=small&market=DE&stage=4" },
  { lang = "fi", text = "Haluaisimme tavata muita keskisuomalaisia vientiyrityksiä ja jakaa kokemuksia",
    filters = "municipality=179&industry=C&size=small&stage=x" },
  { lang = "fi", text = "TKI-yhteistyö korkeakoulun kanssa tuotekehitykseen",
    filters = "municipality=179&industry=C&size=medium&stage=5&need=rdi" },
  { lang = "fi", text = "Etsimme vuokrattavia tuotantotiloja Kuopiosta",
    filters = "municipality=179&industry=C&size=small&stage=5" },
  { lang = "fi", text = "tuotevastuuvakuutus Yhdysvaltain vientiin", filters = "industry=C&size=small&market=US&stage=4" },
  { lang = "en", text = "export credit guarantee", filters = "" },
  { lang = "en", text = "how to get EORI numbr", filters = "" },
  { lang = "en", text = "certificate of origin for exports to Saudi Arabia",
    filters = "municipality=179&industry=C&size=small&market=SA&stage=4&need=customs-docs" },
  { lang = "en", text = "funding for our R&D project", filters = "municipality=182&industry=C&size=midcap&stage=3" },
  { lang = "en", text = "We run a lakeside resort and want a sustainability label to attract international tourists",
    filters = "municipality=172&industry=I&size=small&stage=2&need=sustainability-standards" },
  { lang = "en", text = "Our sales manager needs a visa for a business trip to China",
    filters = "municipality=179&industry=C&size=medium&market=CN" },
  { lang = "sv", text = "Vi söker en distributör i Tyskland",
    filters = "municipality=179&industry=C&size=small&market=DE&stage=4" },
  { lang = "sv", text = "ursprungsintyg", filters = "" },
  { lang = "sv", text = "Hur registrerar vi ett varumärke internationellt?", filters = "" },
}

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- Each need as its text alone, its filters alone and both together (where it has both).
local variants = {}
for _, need in ipairs(needs) do
  local q = need.text ~= "" and ("q=" .. encode(need.text)) or nil
  local f = need.filters ~= "" and need.filters or nil
  if q then table.insert(variants, { lang = need.lang, query = q }) end
  if f then table.insert(variants, { lang = need.lang, query = f }) end
  if q and f then table.insert(variants, { lang = need.lang, query = q .. "&" .. f }) end
end

local counter = 0
local thread_id = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

function request()
  counter = counter + 1
  local v = variants[(counter % #variants) + 1]
  local path = "/palvelut?" .. v.query .. "&n=" .. thread_id .. "-" .. counter
  return wrk.format("GET", path, { ["Cookie"] = "kv-lang=" .. v.lang, ["Accept-Encoding"] = "gzip" })
end

done = function(summary, latency, requests)
  io.write(string.format("variants: %d (every address asked once)\n", #variants))
  io.write(string.format("requests: %d, errors: %d (connect %d, read %d, status %d, timeout %d)\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout,
    summary.errors.connect, summary.errors.read, summary.errors.status, summary.errors.timeout))
  io.write(string.format("throughput: %.1f requests/s\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 95, 99}) do
    io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
