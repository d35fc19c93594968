module example.com/grecover

go 1.19
