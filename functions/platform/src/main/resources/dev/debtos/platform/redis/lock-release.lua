-- Delete KEYS[1] only if it still holds this owner's token (ARGV[1]): a lock that expired and was taken by
-- someone else is never released by the late previous owner.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
