"""Live reload: served pages carry the script and a CSP that allows it; built pages do not."""

from __future__ import annotations

import threading

from noticekit.serve.live import SCRIPT_PATH
from noticekit.serve.live import Events
from noticekit.serve.live import relaxed_policy
from noticekit.serve.live import with_live_reload

PAGE = (
    b'<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    b"style-src 'unsafe-inline'\"></head><body><p>x</p></body></html>"
)


def test_policy_allows_only_the_own_script_and_event_feed():
    policy = relaxed_policy("default-src 'none'; style-src 'unsafe-inline'")
    assert (
        policy
        == "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'"
    )


def test_policy_widens_an_existing_script_src_instead_of_adding_a_second():
    policy = relaxed_policy("default-src 'none'; script-src 'none'; connect-src https://a.example")
    assert policy == "default-src 'none'; script-src 'self'; connect-src https://a.example 'self'"


def test_script_tag_goes_before_the_body_end_with_the_generation():
    served = with_live_reload(PAGE, 7)
    tag = f'<script src="{SCRIPT_PATH}" data-generation="7"></script>\n'.encode()
    assert served.endswith(tag + b"</body></html>")
    assert b"script-src 'self'; connect-src 'self'" in served
    assert served.count(b"<script") == 1


def test_events_wake_a_waiting_feed_with_the_new_generation():
    events = Events()
    woken: list[int | None] = []
    waiter = threading.Thread(target=lambda: woken.append(events.wait_newer(0, 10)))
    waiter.start()
    events.publish(1)
    waiter.join(5)
    assert woken == [1]


def test_events_time_out_and_release_on_close():
    events = Events()
    assert events.wait_newer(0, 0.01) is None
    events.publish(3)
    assert events.wait_newer(2, 0.01) == 3
    events.close()
    assert events.wait_newer(0, 10) is None
