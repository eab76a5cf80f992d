-- wrk script for bench/serve_load.sh: cycles through 46 different searches or 50 event
-- listings (CASEBOOK_VARIED=search|events), so a response cache cannot answer them all from
-- one entry. Each wrk thread starts at a different place in the list.
local surnames = {"Aliyev", "Bakirov", "Chernov", "Davletov", "Ergashev", "Fayzullin", "Gafurov",
  "Hamidov", "Ismoilov", "Juraev", "Kasymov", "Mirzoev", "Nazarov", "Orlov", "Petrenko",
  "Qodirov", "Rahimov", "Sultanov", "Tursunov", "Usmonov", "Valiev", "Yakubov", "Zakirov"}
local words = {"police", "journalist", "lawyer", "detained", "sentenced", "extremism", "Minsk",
  "Tashkent", "Almaty", "Baku", "Tbilisi", "Cairo", "police%20detained", "court%20sentenced",
  "%22human%20rights%20defender%22", "%22politically%20motivated%22", "brother%20said",
  "police&type=arrest_detention", "detained&from=2020", "sentenced&type=prosecution&from=2019",
  "home&type=raid_search", "beat&type=assault", "charged&to=2018"}
local types = {"arrest_detention", "assault", "interrogation", "prosecution", "raid_search",
  "advocacy"}
local paths = {}
local mode = os.getenv("CASEBOOK_VARIED") or "search"
if mode == "search" then
  for _, w in ipairs(surnames) do paths[#paths + 1] = "/api/v1/search?limit=20&q=" .. w end
  for _, w in ipairs(words) do paths[#paths + 1] = "/api/v1/search?limit=20&q=" .. w end
else
  for _, t in ipairs(types) do
    paths[#paths + 1] = "/api/v1/events?limit=50&type=" .. t
    paths[#paths + 1] = "/api/v1/events?limit=50&type=" .. t .. "&from=2020"
    paths[#paths + 1] = "/api/v1/events?limit=50&type=" .. t .. "&to=2018"
  end
  for _, c in ipairs({"BY", "UZ", "KZ", "AZ", "GE", "AM", "KG", "TJ", "RU", "TR", "EG", "IR"}) do
    paths[#paths + 1] = "/api/v1/events?limit=50&country=" .. c
  end
  for cursor = 1000, 20000, 1000 do paths[#paths + 1] = "/api/v1/events?limit=50&cursor=" .. cursor end
end

local next_id = 0
function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
end

local i = 0
function init(args)
  i = (thread_id or 0) * 17
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
