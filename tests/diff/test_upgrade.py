"""Versions written for an earlier notice model are read in today's fields."""

from __future__ import annotations

from noticekit.diff.upgrade import upgraded

OLD = {
    "controllers": [
        {"id": "a", "role": "joint-controller", "joint_arrangement": {"en": "A answers."}},
        {"id": "b", "role": "joint-controller"},
        {"id": "c", "role": "controller"},
    ],
    "purposes": [{"id": "web"}, {"id": "shop"}],
    "transfers": [{"id": "us", "mechanism": "A46-2-c"}],
}


def test_a_single_mechanism_becomes_a_list():
    assert upgraded(OLD)["transfers"] == [{"id": "us", "mechanisms": ["A46-2-c"]}]


def test_joint_controllers_become_one_arrangement_over_every_purpose():
    new = upgraded(OLD)
    assert new["controllers"] == [{"id": "a"}, {"id": "b"}, {"id": "c"}]
    assert new["joint_arrangements"] == [
        {
            "id": "joint-control",
            "controllers": ["a", "b"],
            "purposes": ["web", "shop"],
            "essence": {"en": "A answers."},
        }
    ]


def test_a_notice_in_todays_fields_is_left_as_it_is():
    today = {"transfers": [{"id": "us", "mechanisms": ["A45-3"]}], "controllers": [{"id": "a"}]}
    assert upgraded(today) == today
    assert OLD["transfers"] == [{"id": "us", "mechanism": "A46-2-c"}]  # the input is not changed
