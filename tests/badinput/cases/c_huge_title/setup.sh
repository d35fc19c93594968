# A 3 MB title (under the 4 MiB file cap, so the string cap is what refuses it). Prints nothing.
{ printf '{"id": "t", "title": "'; head -c 3000000 /dev/zero | tr '\0' T; printf '", "summary": "", "source": ""}\n'; } >"$1/s.json"
