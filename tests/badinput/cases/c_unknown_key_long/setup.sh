# A 1 MB unknown key: named in the message, cut to 40 bytes. Prints nothing.
{ printf '{"id": "t", "title": "", "summary": "", "source": "package main", "'; head -c 1000000 /dev/zero | tr '\0' K; printf '": 1}\n'; } >"$1/s.json"
