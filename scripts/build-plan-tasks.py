#!/usr/bin/env python3
"""Build seeds/plan-tasks.json: the 29 tasks of 二七政办〔2015〕14号 with their lead and
cooperating units (as the plan names them), the levers that model each, or why none does.

The water caps of section 二 are modelled by the levers sewer_connection and
industrial_wastewater (lead 区环保局); they belong to no numbered task and so are not listed here.

Run from the repository root:  python3 scripts/build-plan-tasks.py [--out DIR]
(--out writes DIR/plan-tasks.json instead of seeds/plan-tasks.json; `make check-generated` uses it.)
"""

import sys
from seedio import write_seed

TOWNS = "各乡镇街道"

# number, title (plan), English title, lead, cooperating, levers, why_no_lever
TASKS = [
    (1, "加快淘汰落后产能", "Speed up the retirement of backward production capacity",
     "区工信局", ["区发改统计局", "区环保局"], ["backward_capacity"], None),
    (2, "严控“两高一剩”行业新增产能", "Strictly control new capacity in energy-intensive, polluting and over-capacity industries",
     "区发改统计局", ["区工信局", "区环保局", "区国土资源局", "区安监局"], ["new_projects"], None),
    (3, "大力发展节能环保产业", "Develop the energy-saving and environmental-protection industry",
     "区发改统计局", ["区工信局", "区环保局"], [],
     "Enabling: it grows an industry and new service models (contract energy management, environmental contracting) but sets no quantity the model could size; any savings it brings show up in the industrial and building levers."),
    (4, "深入实施“气化郑州”工程", "Carry out the 'Gasify Zhengzhou' programme (coal-to-gas)",
     "区发改统计局", ["区环保局", "区城管局", TOWNS], ["coal_to_gas"], None),
    (5, "加快发展可再生能源", "Speed up renewable energy",
     "区发改统计局", ["区财政局", "区工信局", "区商务局", TOWNS], ["rooftop_pv"], None),
    (6, "积极推进煤炭清洁利用", "Promote clean use of coal (no-coal zone)",
     "区环保局", ["区煤监办", "区发改统计局", "区城管执法局", TOWNS], ["smokeless_zone"], None),
    (7, "工业节能减排低碳行动", "Industrial energy-saving and low-carbon action",
     "区工信局", ["区发改统计局", "区环保局", TOWNS], ["industrial_efficiency"], None),
    (8, "绿色建筑行动", "Green building action",
     "区建设局", ["区发改统计局", "区财政局", TOWNS], ["green_buildings"], None),
    (9, "交通运输节能降碳行动", "Transport energy-saving and carbon-reduction action",
     "区交通局", ["区财政局", "区科技局", "区商务局", "区环保局", "市公安局交警三大队"], ["yellow_label", "oil_to_gas"], None),
    (10, "公共机构节能低碳行动", "Public-institution energy-saving and low-carbon action",
     "区事管局", ["区财政局", "区发改统计局", TOWNS], ["public_institutions"], None),
    (11, "重点用能单位节能低碳行动", "Key energy-using units' energy-saving and low-carbon action",
     "区发改统计局", ["区质监局", "区工信局"], ["key_enterprises"], None),
    (12, "农业节能减排行动", "Agricultural energy-saving and emission-reduction action",
     "区农委", ["区环保局", "区财政局", "侯寨乡", "马寨镇", "嵩山路办事处", "樱桃沟景区管委会"], [],
     "Not modelled: straw use, burning bans and livestock-waste treatment cut open-burning smoke and farm pollution that the model's energy and fuel-combustion accounts do not hold, and farming is under 0.5 % of district energy."),
    (13, "节能重点工程", "Key energy-saving projects (waste heat, motors, transformers)",
     "区发改统计局", ["区财政局", "区环保局", "区工信局"], ["motors"], None),
    (14, "循环经济重点工程", "Key circular-economy projects",
     "区发改统计局", ["区财政局", "区食药局", "区建设局", "区城管执法局"], [],
     "Not modelled: recycling construction waste and kitchen grease saves materials rather than fuel burnt in the district, which is all the energy account covers."),
    (15, "节能减排科技创新工程", "Technology innovation for energy saving and emission reduction",
     "区科技局", ["区财政局", "区发改统计局", "区城管执法局", "区建设局", "区交通局", "区工信局"], [],
     "Enabling: research, demonstration and technology platforms pay off through other tasks' measures and set no 2015 quantity."),
    (16, "强化能源统计监测分析", "Strengthen energy statistics, monitoring and analysis",
     "区发改统计局", ["区环保局", "区质监局"], [],
     "Institutional: better statistics and early warning change how the figures are measured, not the energy used."),
    (17, "加快节能降碳信息系统建设", "Build the energy-saving and carbon information system",
     "区发改统计局", ["区城管执法局", "区事管局", "区财政局", "区质监局"], [],
     "Institutional: online metering of key energy users supports the key-enterprise target (task 11) but saves nothing by itself."),
    (18, "严格节能降碳目标责任考核", "Enforce target-responsibility assessment",
     "区发改统计局", ["区环保局", "区人社局", TOWNS], [],
     "Institutional: assessment of the townships against their 2.0 % targets is what the model's township goals report, not a measure that changes energy."),
    (19, "完善资源性产品价格政策", "Improve pricing of resource products",
     "区发改统计局", ["区物价局", "区财政局", "区工信局", "区城管局"], ["tiered_pricing"], None),
    (20, "落实节能低碳发展税收政策", "Apply tax policies for energy saving and low-carbon development",
     "区财政局", ["区国税局", "区地税局", "区发改统计局", "区环保局"], [],
     "Enabling: tax relief for contract energy management lowers project costs; the projects it helps are sized in the industrial and building levers."),
    (21, "加强节能环保领域金融服务", "Strengthen financial services for energy saving and environmental protection",
     "区财政局", ["区发改统计局", "区环保局"], [],
     "Enabling: credit and guarantees finance projects whose savings other levers count; lending sets no quantity of energy."),
    (22, "实施能效领跑者制度", "Introduce the energy-efficiency 'front-runner' scheme",
     "区发改统计局", ["区工信局", "区财政局", "区质监局", "区事管局"], [],
     "Institutional: benchmarking and awards steer enterprises and institutions towards the savings already sized in key_enterprises and public_institutions."),
    (23, "探索节能量和碳排放权交易制度", "Explore trading of energy savings and carbon emission rights",
     "区发改统计局", ["区环保局", "区财政局"], [],
     "Not modelled: the task is preparation for provincial and city markets that did not operate in the district in 2015."),
    (24, "改进合同能源管理", "Improve energy performance contracting",
     "区发改统计局", ["区工信局", "区财政局", "区事管局"], [],
     "Enabling: an instrument for delivering retrofits; the retrofits themselves are sized in the industrial, building and public-institution levers."),
    (25, "推行能效标识和节能低碳产品认证", "Promote energy labels and low-carbon product certification",
     "区质监局", ["区发改统计局", "区工信局", "区财政局"], [],
     "Not modelled: labelling and certification shift purchases slowly and their 2015 effect cannot be separated from autonomous efficiency (drift)."),
    (26, "加强节能监察能力建设", "Build energy-conservation inspection capacity",
     "区发改统计局", ["区环保局", "区城管执法局", "区财政局"], [],
     "Institutional: setting up an inspection body and third-party auditors enables enforcement but saves no energy in itself."),
    (27, "强化节能减排执法监察", "Strengthen enforcement and inspection",
     "区发改统计局", ["区工信局", "区环保局"], [],
     "Institutional: inspection makes the key enterprises and polluters deliver what other levers count; counting it again would double the saving."),
    (28, "明确节能减排责任分工", "Assign responsibilities for energy saving and emission reduction",
     "区发改统计局", [TOWNS, "区直有关单位"], [],
     "Institutional: it asks each township and department to draw up its own implementation plan, which is organisation, not a measure."),
    (29, "动员公众参与节能降碳行动", "Mobilise the public for energy saving and carbon reduction",
     "区委宣传部", ["区发改统计局", "区环保局"], [],
     "Not modelled: publicity and disclosure may change household behaviour, but no evidence sizes a 2015 effect, and tiered_pricing already carries the household response."),
]


def main():
    args = sys.argv[1:]
    if args and (args[0] != "--out" or len(args) != 2):
        raise SystemExit("usage: build-plan-tasks.py [--out DIR]")
    out_dir = args[1] if args else None
    tasks = []
    for n, title, title_en, lead, coop, levers, why in TASKS:
        assert (not levers) == (why is not None), n
        tasks.append({"number": n, "title": title, "title_en": title_en, "lead": lead,
                      "cooperating": coop, "levers": levers, "why_no_lever": why})
    assert [t["number"] for t in tasks] == list(range(1, 30))
    doc = {"format": "erqi-plan-tasks", "version": 1, "tasks": tasks}
    out = write_seed("plan-tasks.json", doc, out_dir)
    print(f"wrote {out}: {len(tasks)} tasks")


if __name__ == "__main__":
    main()
