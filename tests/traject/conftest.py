"""Fixtures of the voortgangsgesprek tests: Karin, an inkomensconsulent, and her client
in klantgroep Zorgen after an ambitiegesprek. (The folders afsluiting/, inburgering/ and
trajectplan/ give ``km`` their own meaning in their conftest.)"""

from __future__ import annotations

import pytest

from tests.support.voortgang import client_in_group, klantmanager


@pytest.fixture
def km(store, beheerder):
    return klantmanager(store, beheerder)


@pytest.fixture
def zorgen(store, balie, beheerder, intaker, km):
    return client_in_group(store, balie, beheerder, intaker, km, "zorgen")
