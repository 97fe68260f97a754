import numpy as np
import scipy.sparse as sp

from whyrec.models.sampling import sample_negatives


def test_negatives_are_never_seen_and_cover_the_rest():
    rng = np.random.default_rng(0)
    dense = rng.random((50, 40)) < 0.6
    seen = sp.csr_matrix(dense.astype(np.float32))
    users = np.repeat(np.arange(50), 20)
    neg = sample_negatives(seen, users, 5, rng)
    assert neg.shape == (1000, 5)
    assert not dense[np.repeat(users, 5), neg.ravel()].any()
    # every unseen item of user 0 shows up when we draw many
    many = sample_negatives(seen, np.zeros(400, dtype=np.int64), 5, rng)
    assert set(many.ravel()) == set(np.flatnonzero(~dense[0]))


def test_roughly_uniform():
    seen = sp.csr_matrix((3, 10), dtype=np.float32)
    counts = np.bincount(sample_negatives(seen, np.zeros(20000, dtype=np.int64), 1, np.random.default_rng(1)).ravel())
    assert counts.min() > 1700 and counts.max() < 2300


def test_dense_and_binary_search_look_ups_draw_the_same_negatives(monkeypatch) -> None:
    import whyrec.models.sampling as sampling

    seen = sp.random(300, 500, density=0.2, random_state=1, format="csr")
    users = np.random.default_rng(0).integers(0, 300, 4000)
    dense = sampling.sample_negatives(seen, users, 3, np.random.default_rng(5))
    monkeypatch.setattr(sampling, "DENSE_CELLS", 0)  # force the sorted-keys path
    keys = sampling.sample_negatives(seen, users, 3, np.random.default_rng(5))
    assert np.array_equal(dense, keys)
    assert not seen.toarray()[np.repeat(users, 3), dense.ravel()].any()
