"""Catalog maintenance (`make i18n-*`): extract, update, compile and check the catalogs."""
