"""The authoring guide ships as `noticekit.docs` (setup.py maps this folder), for `noticekit docs`."""
