#!/usr/bin/env python3
"""The similar-roles measure of crates/engine/src/similarity.rs, with scipy.sparse, timed.

Same data and the same definition as the engine: each occupation's skills from
public/data/index/postings.json (essential weight 1, optional 0.5, a skill listed both ways counts as
essential), idf = ln(N / df) over all N occupations, and similarity = weighted Jaccard
sum_s min(wA, wB) / sum_s max(wA, wB). Ties rank the lower index first; pairs sharing no
weighted skill are not listed.

With relation weights r in {0.5, 1}, min(rA idf, rB idf) = idf * min(rA, rB), and
min(rA, rB) = 0.5 [both list s] + 0.5 [both list s as essential]. So the shared weight of all
pairs is two sparse products, 0.5 (P D P^T + E D E^T), with P the any-relation and E the
essential incidence matrix and D = diag(idf); the union weight is tA + tB - shared.

Usage:
    python3 bench/similarity_scipy.py [--data public/data] [--check similar.csv]

--check compares the top-10 lists with `databuild export similar --data public/data --top 10`
output for every occupation and reports any difference.
"""

import argparse
import csv
import json
import statistics
import time

import numpy as np
import scipy
import scipy.sparse as sp

K = 20


def load(data):
    occ = {}
    for part in ("ids", "postings"):
        with open(f"{data}/index/{part}.json", encoding="utf-8") as f:
            occ.update(json.load(f)["occupations"])
    ids = occ["id"]

    def decode(deltas):
        out, acc = [], 0
        for d in deltas:
            acc += d
            out.append(acc)
        return out

    ess = [set(decode(d)) for d in occ["ess"]]
    opt = [set(decode(d)) - e for d, e in zip(occ["opt"], ess)]
    return ids, ess, opt


def build(ess, opt):
    """P, E, idf and per-occupation total weight."""
    n = len(ess)
    rows_p, cols_p, rows_e, cols_e = [], [], [], []
    for i, (e, o) in enumerate(zip(ess, opt)):
        for s in e:
            rows_p.append(i)
            cols_p.append(s)
            rows_e.append(i)
            cols_e.append(s)
        for s in o:
            rows_p.append(i)
            cols_p.append(s)
    m = max(cols_p) + 1
    P = sp.csr_matrix((np.ones(len(rows_p)), (rows_p, cols_p)), shape=(n, m))
    E = sp.csr_matrix((np.ones(len(rows_e)), (rows_e, cols_e)), shape=(n, m))
    df = np.asarray(P.sum(axis=0)).ravel()
    with np.errstate(divide="ignore"):
        idf = np.where(df > 0, np.log(n / np.maximum(df, 1)), 0.0)
    D = sp.diags(idf)
    PD = (P @ D).tocsr()
    ED = (E @ D).tocsr()
    # Row weight: essential 1 x idf, optional 0.5 x idf = 0.5 (P + E) idf.
    total = 0.5 * (np.asarray(PD.sum(axis=1)).ravel() + np.asarray(ED.sum(axis=1)).ravel())
    return P, E, PD, ED, total


def rank(origin, cand, sims, k):
    """Top-k of one row: similarity high first, then index low; no self, no zero."""
    keep = (cand != origin) & (sims > 0)
    cand, sims = cand[keep], sims[keep]
    if len(cand) > k:
        part = np.argpartition(-sims, k - 1)[:k]
        cut = sims[part].min()
        # Keep every candidate tied with the cut so the index tie-break is exact.
        sel = sims >= cut
        cand, sims = cand[sel], sims[sel]
    order = np.lexsort((cand, -sims))[:k]
    return cand[order], sims[order]


def top_one(origin, P, E, PD, ED, total, k=K):
    shared = 0.5 * (PD[origin] @ P.T + ED[origin] @ E.T)
    shared = shared.tocsr() if sp.issparse(shared) else sp.csr_matrix(shared)
    cand = shared.indices
    s = shared.data
    union = total[origin] + total[cand] - s
    return rank(origin, cand, s / union, k)


def top_all(P, E, PD, ED, total, k=K):
    shared = (0.5 * (PD @ P.T + ED @ E.T)).tocsr()
    out = []
    for i in range(shared.shape[0]):
        lo, hi = shared.indptr[i], shared.indptr[i + 1]
        cand = shared.indices[lo:hi]
        s = shared.data[lo:hi]
        union = total[i] + total[cand] - s
        out.append(rank(i, cand, s / union, k))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="public/data")
    ap.add_argument("--check", help="CSV from `databuild export similar --top 10`")
    args = ap.parse_args()

    ids, ess, opt = load(args.data)
    n = len(ids)
    t = time.perf_counter()
    mats = build(ess, opt)
    build_ms = (time.perf_counter() - t) * 1e3

    one = []
    origin = 0
    for _ in range(300):
        origin = (origin + 97) % n
        t = time.perf_counter()
        top_one(origin, *mats)
        one.append((time.perf_counter() - t) * 1e3)

    P, E, PD, ED, _ = mats
    products = []
    for _ in range(5):
        t = time.perf_counter()
        (0.5 * (PD @ P.T + ED @ E.T)).tocsr()
        products.append((time.perf_counter() - t) * 1e3)

    runs = []
    for _ in range(5):
        t = time.perf_counter()
        lists = top_all(*mats)
        runs.append((time.perf_counter() - t) * 1e3)

    print(f"scipy {scipy.__version__}, numpy {np.__version__}; {n} occupations")
    print(f"build matrices: {build_ms:.1f} ms")
    print(
        f"top-{K} one occupation: median {statistics.median(one):.3f} ms "
        f"(min {min(one):.3f}, {len(one)} origins)"
    )
    print(
        f"top-{K} all occupations: median {statistics.median(runs):.1f} ms "
        f"(min {min(runs):.1f}, {len(runs)} runs); of which the two sparse products alone: "
        f"median {statistics.median(products):.1f} ms"
    )

    # The one-occupation path and the all-occupations path agree.
    for o in (0, 1, n // 2, n - 1):
        a, b = top_one(o, *mats), lists[o]
        assert list(a[0]) == list(b[0]), o

    if args.check:
        uri = "http://data.europa.eu/esco/occupation/"
        pos = {i: p for p, i in enumerate(ids)}
        theirs = {}
        with open(args.check, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                o = pos[row["origin_uri"].removeprefix(uri)]
                theirs.setdefault(o, []).append(
                    (pos[row["target_uri"].removeprefix(uri)], float(row["score"]))
                )
        k = max(len(v) for v in theirs.values())
        same_lists, max_diff, differ = 0, 0.0, []
        for o in range(n):
            cand, sims = lists[o][0][:k], lists[o][1][:k]
            mine = list(zip(cand.tolist(), sims.tolist()))
            other = theirs.get(o, [])
            if [c for c, _ in mine] == [c for c, _ in other]:
                same_lists += 1
            else:
                differ.append(o)
            for (_, s1), (_, s2) in zip(mine, other):
                max_diff = max(max_diff, abs(s1 - s2))
        print(
            f"check against {args.check}: {same_lists} of {n} top-{k} lists identical; "
            f"largest score difference {max_diff:.2e}"
        )
        for o in differ[:5]:
            print(f"  differs: {ids[o]}")


if __name__ == "__main__":
    main()
