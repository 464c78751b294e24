"""The keys of the officer's texts of a report (stored per unit and year,
carried in a package's `noi-dung-bao-cao.json`)."""

from __future__ import annotations

CHI_DAO = "chi_dao"  # I.1 Công tác chỉ đạo, triển khai
KHAC = "khac"  # I.3 remarks on other activities
KINH_PHI = "kinh_phi"  # I.4 remarks on costs
UU_DIEM = "uu_diem"  # II.1
TON_TAI = "ton_tai"  # II.2
NGUYEN_NHAN = "nguyen_nhan"  # II.3
PHUONG_HUONG = "phuong_huong"  # III
DE_XUAT = "de_xuat"  # IV
META_NUMBER = "meta:number"
META_DATE = "meta:date"  # ISO date
META_SIGNER_AUTHORITY = "meta:signer_authority"
META_SIGNER_TITLE = "meta:signer_title"
META_SIGNER_NAME = "meta:signer_name"
TASK_PREFIX = "task:"  # "task:III.2.a/TH": the unit's remarks on one task

NARRATIVE_KEYS = (CHI_DAO, KHAC, KINH_PHI, UU_DIEM, TON_TAI, NGUYEN_NHAN, PHUONG_HUONG, DE_XUAT)
ASSESSMENT_KEYS = (UU_DIEM, TON_TAI, NGUYEN_NHAN)


def task_key(code: str) -> str:
    return TASK_PREFIX + code
