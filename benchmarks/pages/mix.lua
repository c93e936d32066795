-- wrk script: cycles through public pages (cached) and searches (computed each time), as readers would mix them.
local paths = {
  "/conditions/hypophosphatasia", "/", "/conditions", "/conditions/osteopetrosis", "/search?q=bone+pain",
  "/conditions/letter/p", "/api/search?q=low+alp", "/conditions/paget-disease-of-bone", "/search?q=high+calcium+kidney+stones",
  "/glossary", "/api/search?q=CLCN7",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
