"""`sign` and `verify`: digital signatures on a report PDF.

    sign FILE.pdf --out SIGNED.pdf --role ca-nhan|co-quan
         (--p12 FILE.p12 | --pkcs11-lib LIB [--token-label L] [--cert-label C])
         [--image PNG] [--pin-env VAR]
    verify FILE.pdf [--trust ROOT.pem] [--json]

The PIN is asked for on the terminal, or read from the environment variable
named by --pin-env; it is never printed, logged or kept.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from .common import EXIT_OK, EXIT_USER_ERROR, UserError

AUTO_LIBRARY = ("tu-dong", "auto")


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "sign",
        help="ký số báo cáo PDF (người có thẩm quyền hoặc cơ quan)",
        description="Ký số tệp PDF theo Nghị định 30/2020 (Phụ lục I): “ca-nhan” đặt hình chữ ký "
        "giữa chức vụ và họ tên người ký; “co-quan” đặt hình con dấu trùm 1/3 bên trái chữ ký "
        "(phụ lục gửi riêng: chữ ký dạng chữ ở góc trên bên phải trang đầu). Tệp gốc giữ nguyên.",
    )
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument("--out", type=Path, required=True, metavar="SIGNED.pdf", help="tệp đã ký")
    p.add_argument("--role", required=True, choices=("ca-nhan", "co-quan"), help="ký với tư cách")
    key = p.add_mutually_exclusive_group(required=True)
    key.add_argument("--p12", type=Path, metavar="FILE.p12", help="tệp chứng thư số (.p12, .pfx)")
    key.add_argument(
        "--pkcs11-lib",
        metavar="LIB",
        help="thư viện PKCS#11 của token (.dll/.so), hoặc “tu-dong” để tìm ở nơi cài thường gặp",
    )
    p.add_argument("--token-label", metavar="L", help="tên token (khi cắm nhiều token)")
    p.add_argument("--cert-label", metavar="C", help="tên chứng thư trên token (khi có nhiều)")
    p.add_argument(
        "--image",
        type=Path,
        metavar="PNG",
        help="hình chữ ký (ca-nhan) hoặc hình con dấu (co-quan), PNG nền trong suốt; "
        "được nhớ theo chứng thư số cho lần sau",
    )
    p.add_argument(
        "--pin-env",
        metavar="VAR",
        help="đọc mã PIN từ biến môi trường này (mặc định: hỏi khi ký)",
    )
    p.set_defaults(func=cmd_sign)

    p = sub.add_parser(
        "verify",
        help="kiểm tra chữ ký số của tệp PDF",
        description="Kiểm tra từng chữ ký số: còn nguyên vẹn, phủ toàn bộ tệp hay phần thêm sau, "
        "người ký, thời gian ký, chuỗi chứng thư tới gốc tin cậy. Mã thoát 1 khi có chữ ký hỏng.",
    )
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="ROOT.pem",
        help="thêm chứng thư gốc tin cậy (có thể lặp lại)",
    )
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(func=cmd_verify)


def read_pin(env_var: str | None) -> str:
    if env_var:
        pin = os.environ.get(env_var)
        if pin is None:
            raise UserError(f"Biến môi trường “{env_var}” (mã PIN) chưa được đặt.")
        return pin
    try:
        return getpass.getpass("Mã PIN: ")
    except (EOFError, KeyboardInterrupt):
        raise UserError("Chưa nhập mã PIN: không ký.") from None


@contextmanager
def open_credential(args, pin: str):
    from ..signing.credentials import find_pkcs11_libraries, open_p12, open_token

    if args.p12:
        with open_p12(args.p12, pin) as credential:
            yield credential
        return
    library = args.pkcs11_lib
    if library.lower() in AUTO_LIBRARY:
        found = find_pkcs11_libraries()
        if not found:
            raise UserError(
                "Không tìm thấy trình điều khiển token ở nơi cài thường gặp: hãy cài phần mềm "
                "của token hoặc chỉ đường dẫn thư viện (--pkcs11-lib)."
            )
        library = found[0]
    with open_token(library, pin, args.token_label, args.cert_label) as credential:
        yield credential


def cmd_sign(args) -> int:
    from ..signing.credentials import SignError
    from ..signing.sign import sign_pdf
    from ..signing.vn_time import iso_vn

    if args.out.suffix.lower() != ".pdf":
        raise UserError(f"Tệp “{args.out}” phải có đuôi .pdf.")
    pin = read_pin(args.pin_env)
    try:
        with open_credential(args, pin) as credential:
            result = sign_pdf(args.file, args.out, args.role, credential, image=args.image)
    except SignError as e:
        raise UserError(str(e)) from None
    who = result.signer.label
    print(
        f"Đã ký “{result.out}”: chữ ký số của {who}, lúc {iso_vn(result.signed_at)}, "
        f"trang {result.page + 1}. Tệp gốc “{args.file}” giữ nguyên."
    )
    return EXIT_OK


def cmd_verify(args) -> int:
    from ..signing.credentials import SignError
    from ..signing.verify import describe, verify_pdf

    try:
        verdict = verify_pdf(args.file, args.trust)
    except SignError as e:
        raise UserError(str(e)) from None
    if args.json:
        json.dump(
            {"file": str(args.file), **verdict.as_json()}, sys.stdout, ensure_ascii=False, indent=2
        )
        print()
    else:
        for check in verdict.signatures:
            print("\n".join(describe(check)))
        print(verdict.text if verdict.signatures else "Tệp chưa có chữ ký số.")
    return EXIT_USER_ERROR if verdict.broken else EXIT_OK
