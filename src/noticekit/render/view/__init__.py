"""The page data: what each section of a notice shows, built once in Python."""
