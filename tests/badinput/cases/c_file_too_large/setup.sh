# A 5 MiB Go file (a long comment): over the cap every file gosim reads has. Prints nothing.
{ printf 'package main\n\nfunc main() {}\n\n// '; head -c 5242880 /dev/zero | tr '\0' x; printf '\n'; } >"$1/big.go"
