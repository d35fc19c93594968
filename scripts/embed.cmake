# Turns a text file into a C++ raw string literal include: cmake -DIN=file -DOUT=file.inc -P embed.cmake
file(READ ${IN} content)
file(WRITE ${OUT} "R\"gosim_embed(${content})gosim_embed\"\n")
