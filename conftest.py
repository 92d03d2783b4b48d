"""pytest's settings for the whole checkout (the tests' own fixtures are in ``tests/conftest.py``)."""

# The doctests (``--doctest-modules`` over ``bilingual``) import every module of the package, but not the fork server's
# preload: importing it loads a Kiwi without threads, after which the test process would analyse Korean one string a
# call and tests would depend on their order (tests/engines/test_kiwi_fork.py). It holds no doctest.
collect_ignore = ["bilingual/engines/kiwi_fork.py"]
