"""A notice's history from git: the file at a revision, and every version it was published in.

Only git objects are read (`git show`, `git log`, `git cat-file`), never the checkout's file times,
so what is read from history is the same on every machine and in every build.
"""
