-- wrk script: every request a different search, so the result cache (signpost.search.result-cache) rarely answers.
-- Each query joins two lines of search-queries.txt picked at random (about 10,000 combinations, ten times the cache),
-- URL-encoded. Usage: wrk -s src/bench/search-mix.lua http://127.0.0.1:PORT   (QUERIES=path overrides the file)
local queries = {}
local file = os.getenv("QUERIES") or "src/bench/search-queries.txt"
for line in io.lines(file) do
  if line ~= "" and line:sub(1, 1) ~= "#" then
    queries[#queries + 1] = line
  end
end

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

function request()
  local q = queries[math.random(#queries)] .. " " .. queries[math.random(#queries)]
  return wrk.format("GET", "/api/v1/search?q=" .. encode(q))
end
