-- wrk script for the finder: cycles through the request paths of a file (default bench/finder-requests.txt, one path
-- a line, '#' comments), each connection thread starting at a different place, and reports p50/p95/p99 with
-- bench/percentiles.lua. Usage: wrk ... -s bench/finder.lua URL [-- requests-file]
local here = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
dofile(here .. "percentiles.lua")

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

local paths = {}
local at = 0

function init(args)
  local file = args[1] or (here .. "finder-requests.txt")
  for line in io.lines(file) do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      paths[#paths + 1] = line
    end
  end
  assert(#paths > 0, "no requests in " .. file)
  at = ((id or 1) * 7) % #paths
end

function request()
  at = at % #paths + 1
  return wrk.format("GET", paths[at])
end
