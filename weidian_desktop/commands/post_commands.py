"""The ``posts`` command: list, add and delete the posts of the shop's feed.

Each action calls the core functions the Posts page calls (create_post, delete_posts),
so a post is refused with the app's sentence.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.fields import value_label
from ..core.i18n import _, ngettext
from ..core.posts import KINDS, STATUSES
from . import command_help
from .common import (
    json_option,
    opened,
    print_json,
    print_table,
    read_text_file,
    reading,
    shop_argument,
    to_utc,
)


def register(sub: argparse._SubParsersAction) -> None:
    posts = sub.add_parser(
        "posts", help=command_help("posts"),
        description=_("Short posts, articles, product recommendations and 9-photo posts, "
                      "shown as a feed in the exported shop from their publish time."))
    psub = posts.add_subparsers(dest="posts_command", metavar="ACTION", required=True)

    lst = psub.add_parser("list", help=_("list posts, the newest first"),
                          description=_("List posts, the newest publish time first."))
    shop_argument(lst)
    lst.add_argument("--status", choices=STATUSES, help=_("only published ones or drafts"))
    json_option(lst)
    lst.set_defaults(func=cmd_list)

    add = psub.add_parser(
        "add", help=_("add a post"),
        description=_("Add a post; it is checked as the app checks it."),
        epilog=_("The publish time is ISO 8601 with a zone (2026-11-11T20:00+08:00 or …Z) "
                 "or a date and time on the shop's clock (2026-11-11 20:00); a post due "
                 "later is exported hidden and appears at that time."))
    shop_argument(add)
    add.add_argument("--kind", choices=KINDS, default="short",
                     help=_("short (default), article, recommendation or nine_grid"))
    add.add_argument("--title", default="", help=_("the title (an article needs one)"))
    text = add.add_mutually_exclusive_group()
    text.add_argument("--body", default="", help=_("the text"))
    text.add_argument("--body-file", metavar="FILE", type=Path,
                      help=_("read the text from a UTF-8 file"))
    add.add_argument("--language", metavar="TAG",
                     help=_("only in this language of the shop (default: every language); also "
                            "the language of this command's messages"))
    add.add_argument("--at", metavar="TIME", help=_("the publish time (default: now)"))
    add.add_argument("--status", choices=STATUSES, default="published",
                     help=_("a draft is not in the exported shop (default: published)"))
    add.add_argument("--product", metavar="SLUG", nargs="+", default=[],
                     help=_("products the post links to"))
    add.add_argument("--photos-of", metavar="SLUG", nargs="+", default=[],
                     help=_("use these products' photos, in order"))
    add.add_argument("--slug", help=_("the post's web address (default: from its title)"))
    add.set_defaults(func=cmd_add)

    delete = psub.add_parser("delete", help=_("delete a post"),
                             description=_("Delete a post."))
    shop_argument(delete)
    delete.add_argument("slug", metavar="SLUG", help=_("the post's slug (see posts list)"))
    delete.set_defaults(func=cmd_delete)


def _body(args: argparse.Namespace) -> str:
    if args.body_file is None:
        return str(args.body)
    return read_text_file(args.body_file, field="body")


def cmd_add(args: argparse.Namespace) -> int:
    from ..core.posts import Post, PostImage, create_post, post_title
    from ..core.product_select import ids_by_slug
    from ..core.products import find_product
    from ..core.shop import get_shop

    body = _body(args)
    with opened(args.shop) as store:
        zone = get_shop(store).timezone
        images = [PostImage(image.hash, image.alt) for slug in args.photos_of
                  for image in find_product(store, slug).images]
        post = Post(args.kind, args.title, body, args.language,
                    to_utc(args.at, zone, field="publish_at"), args.status, args.slug,
                    ids_by_slug(store, args.product), images)
        create_post(store, post)
    print(_("Added the post “{title}” ({slug}).").format(title=post_title(post),
                                                         slug=post.slug))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from ..core.posts import delete_posts, find_post, post_title

    with opened(args.shop) as store:
        gone = delete_posts(store, [find_post(store, args.slug).id or 0])
    print(_("Deleted the post “{title}”.").format(title=post_title(gone[0])))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ..core.posts import list_posts, post_title
    from ..core.schedule import format_local
    from ..core.shop import get_shop

    with reading(args.shop) as store:
        zone = get_shop(store).timezone
        posts = list_posts(store, status=args.status)
        slugs = dict(store.conn.execute("SELECT id, slug FROM products").fetchall())
    if args.json:
        print_json([{
            "slug": p.slug, "kind": p.kind, "title": p.title, "body": p.body,
            "language": p.language, "publish_at": p.publish_at, "status": p.status,
            "products": [slugs.get(i) for i in p.product_ids],
            "images": [{"hash": i.hash, "alt": i.alt} for i in p.images]} for p in posts])
        return 0
    print_table([[p.slug or "", format_local(p.publish_at, zone) if p.publish_at else "-",
                  value_label("post_kind", p.kind), value_label("status", p.status),
                  post_title(p)] for p in posts])
    print(ngettext("{n} post.", "{n} posts.", len(posts)).format(n=len(posts)))
    return 0
