"""
The page cache: every public page, served from the cache before sessions,
sign-in or the database are touched, and never early or late.

``pagecache.invalidate()`` (in ``pagecache.store``) makes every cached page
stale at once; connect any signal that changes what the public sees to it.
"""
