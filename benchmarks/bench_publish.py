"""Publish figures over SFTP to OpenSSH's sshd on 127.0.0.1 (a throw-away server).

A 10,000-product shop (one photo each, as bench_export.py makes it): its first publish
beside ``rsync -a`` of the same exported folder to the same sshd, in one run, alternating
(rsync, publish, rsync, publish) and taking medians; then the median of five publishes
after changing one product: files sent and seconds, export included. Wall and CPU seconds
(this process; rsync's and sshd's own CPU are apart), and the load average.
Usage: python benchmarks/bench_publish.py [--products N]
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_export import big_shop

from weidian_desktop.core.products import find_product, update_product
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop
from weidian_desktop.publish import Target, publish_shop

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "publish"))
import servers  # noqa: E402  (the tests' server helpers: sshd on a free port)

N = 10_000


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _rsync(site: Path, sshd: servers.Sshd, known: Path, dest: Path) -> tuple[float, float]:
    ssh = (f"ssh -p {sshd.port} -i {sshd.client_key} -o UserKnownHostsFile={known} "
           "-o StrictHostKeyChecking=yes -o BatchMode=yes")
    cpu, start = _children_cpu(), time.perf_counter()
    subprocess.run(["rsync", "-a", "--exclude=/.weidian*", "-e", ssh, f"{site}/",
                    f"{sshd.user}@127.0.0.1:{dest}/"], check=True, capture_output=True)
    return time.perf_counter() - start, _children_cpu() - cpu


def _publish(store: ShopStore, target: Target, work: Path) -> tuple[float, float, object]:
    cpu, start = time.process_time(), time.perf_counter()
    result = publish_shop(store, target, work_dir=work)
    return time.perf_counter() - start, time.process_time() - cpu, result


def run(products: int = N) -> list[tuple[str, float, str]]:
    figures: list[tuple[str, float, str]] = []
    label = f"{products}_products"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["HOME"] = str(root / "home")  # known_hosts for this server only
        (root / "home" / ".ssh").mkdir(parents=True)
        sshd = servers.start_sshd(root / "sshd")
        try:
            known = root / "home" / ".ssh" / "known_hosts"
            known.write_text(sshd.host_key_line + "\n")
            shop = big_shop(root / "big.weidian", products)
            with ShopStore.open(shop) as store:
                work = root / "work"
                export_shop(store, work / "site")  # images encoded once, not timed
                rsyncs, ours = [], []
                for n in range(2):
                    rsyncs.append(_rsync(work / "site", sshd, known, root / f"rsync-{n}"))
                    target = Target(f"sftp://{sshd.user}@127.0.0.1:{sshd.port}"
                                    f"{root / f'www-{n}'}", identity=str(sshd.client_key))
                    wall, cpu, result = _publish(store, target, work)
                    ours.append((wall, cpu))
                    (work / "digests").unlink()  # the next first publish hashes afresh
                rsync_wall = statistics.median(w for w, _c in rsyncs)
                our_wall = statistics.median(w for w, _c in ours)
                figures += [
                    (f"publish.{label}_files", float(len(result.uploaded)), "files"),
                    (f"publish.rsync_{label}_first", rsync_wall, "s"),
                    (f"publish.rsync_{label}_first_cpu_rsync_ssh", statistics.median(
                        c for _w, c in rsyncs), "s"),
                    (f"publish.sftp_{label}_first", our_wall, "s"),
                    (f"publish.sftp_{label}_first_cpu", statistics.median(
                        c for _w, c in ours), "s"),
                    ("publish.first_vs_rsync_ratio", our_wall / rsync_wall, "x"),
                ]
                walls, cpus, sent = [], [], []
                for n in range(5):
                    product = find_product(store, f"product-{(17 + 997 * n) % products}")
                    product.title = f"Changed title {n}"
                    update_product(store, product)
                    wall, cpu, result = _publish(store, target, work)
                    walls.append(wall)
                    cpus.append(cpu)
                    sent.append(len(result.uploaded))
                figures += [
                    (f"publish.sftp_{label}_one_change", statistics.median(walls), "s"),
                    (f"publish.sftp_{label}_one_change_cpu", statistics.median(cpus), "s"),
                    (f"publish.sftp_{label}_one_change_files_sent",
                     float(statistics.median(sent)), "files"),
                ]
        finally:
            sshd.stop()
    figures.append(("publish.load_average_1min", os.getloadavg()[0], ""))
    return figures


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    count = int(sys.argv[sys.argv.index("--products") + 1]) if "--products" in sys.argv else N
    for name, value, unit in run(count):
        print(f"{name}: {value:.3f} {unit}", flush=True)
