"""`noticekit serve`: build privately, serve on localhost, rebuild on change, reload the page.

Only `noticekit serve` imports this package (and `watchfiles`), so `lint` stays light.
"""
