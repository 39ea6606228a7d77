-- The industry catalogue (产业目录), our own compilation: categories with Chinese and English names
-- and synonyms (the same rows as src/main/resources/industry/categories.tsv, which the portal's one
-- mapping rule, parcelatlas.industry.IndustryCatalogue, reads). industry_codes holds, on parks and
-- parcels, the codes their industry texts map to (',new_energy,equipment,'; '' for none; NULL until
-- mapped: the importer writes them, the portal's start fills rows that have none).
CREATE TABLE industry_categories (
  code VARCHAR(40) NOT NULL PRIMARY KEY,
  position INTEGER NOT NULL,
  name_zh VARCHAR(100) NOT NULL,
  name_en VARCHAR(100) NOT NULL,
  synonyms_zh VARCHAR(2000) NOT NULL,
  synonyms_en VARCHAR(2000) NOT NULL
);
ALTER TABLE parks ADD COLUMN industry_codes VARCHAR(1000);
ALTER TABLE parcels ADD COLUMN industry_codes VARCHAR(1000);
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('new_energy', 1, '新能源', 'New energy', '光伏、储能、氢能、锂电、燃料电池、风电、风能、太阳能、充电桩、核电、生物质能', 'solar, photovoltaic, pv, hydrogen, lithium, battery, batteries, energy storage, wind power, fuel cell, fuel cells, charging');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('new_materials', 2, '新材料', 'New materials', '新型材料、金属材料、高分子、复合材料、碳纤维、石墨烯、稀土、先进材料、特种合金、电子材料', 'advanced materials, composite, composites, carbon fibre, carbon fiber, graphene, polymer, polymers, rare earth');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('equipment', 3, '装备制造', 'Equipment manufacturing', '高端装备、智能制造、工程机械、通用设备、专用设备、工业机器人、数控机床、机械制造', 'equipment, machinery, robot, robots, robotics, machine tools, intelligent manufacturing, smart manufacturing');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('automotive', 4, '汽车及零部件', 'Automotive and parts', '汽车、整车、汽配、摩托车、汽车零部件', 'automotive, automobile, automobiles, vehicle, vehicles, car parts, auto parts');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('electronics', 5, '电子信息', 'Electronics and information', '电子元器件、电子元件、集成电路、半导体、芯片、智能终端、软件、信息服务、通信设备、光电、新型显示、大数据、云计算', 'electronics, electronic components, semiconductor, semiconductors, chip, chips, integrated circuit, integrated circuits, software, information technology, optoelectronics, display, big data');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('biomedicine', 6, '生物医药', 'Biomedicine', '医药、制药、医疗器械、生物技术、生物制品、中药、疫苗、原料药、大健康', 'biomedicine, biomedical, pharmaceutical, pharmaceuticals, pharma, medicine, medical devices, medical device, biotech, biotechnology, vaccine, vaccines');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('food', 7, '食品加工', 'Food processing', '食品、粮油、农副产品、预制菜、乳制品、饮料、肉制品、酿酒、调味品', 'food, beverage, beverages, dairy, grain, edible oil, prepared meals');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('logistics', 8, '现代物流', 'Modern logistics', '物流、仓储、冷链、快递、分拨、多式联运、供应链', 'logistics, warehouse, warehousing, cold chain, express delivery, supply chain, distribution');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('chemicals', 9, '化工', 'Chemicals', '化学品、精细化工、石化、石油化工、涂料、胶粘剂、农药、医药中间体、水处理剂、化肥', 'chemical, chemicals, petrochemical, petrochemicals, fine chemicals, coatings, adhesives, pesticide, pesticides');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('textiles', 10, '纺织服装', 'Textiles and apparel', '纺织、服装、服饰、印染、化纤、家纺、制鞋', 'textile, textiles, apparel, garment, garments, clothing, dyeing, footwear');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('environment', 11, '节能环保', 'Energy saving and environment', '节能、环保、再生资源、循环经济、固废、资源化、综合利用、回收利用、再生金属', 'energy saving, environmental protection, recycling, circular economy, solid waste');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('metallurgy', 12, '冶金及金属制品', 'Metallurgy and metal products', '冶金、钢铁、有色金属、金属制品、铝材、铜材、铝加工、铸造、锻造', 'metallurgy, steel, non-ferrous, aluminium, aluminum, copper, metal products, foundry, forging');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('building_materials', 13, '建材', 'Building materials', '水泥、玻璃、陶瓷、装配式建筑、石材、新型墙材', 'building materials, cement, glass, ceramics, prefabricated buildings');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('light_industry', 14, '轻工', 'Light industry', '家具、造纸、包装、印刷、塑料制品、家电、五金、玩具、日用品', 'light industry, furniture, paper, packaging, printing, plastic products, household appliances, hardware, toys');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('aerospace', 15, '航空航天', 'Aerospace', '航空、航天、无人机、通用航空、卫星', 'aerospace, aviation, aircraft, drone, drones, uav, satellite, satellites');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('commerce', 16, '商贸服务', 'Commerce and business services', '商贸、商务、商业、电子商务、电商、会展、展示交易、总部经济、办公', 'commerce, trade, business services, e-commerce, office, offices, headquarters, exhibition');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('research', 17, '科技研发', 'Research and technical services', '研发、中试、孵化、检验检测、科技服务、技术服务', 'research, r&d, pilot plant, incubator, testing and certification');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('agriculture', 18, '现代农业', 'Modern agriculture', '农业、种植、养殖、农产品、种业', 'agriculture, agricultural, farming, seeds, agricultural products');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('general_manufacturing', 19, '一般制造', 'General manufacturing', '一般制造业、加工制造', 'general manufacturing');
INSERT INTO industry_categories (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES ('utilities', 20, '公用设施', 'Public utilities', '变电站、供电、污水处理、再生水、消防站、燃气调压站、供水、给水、供热、防护绿地', 'utility, utilities, substation, sewage, wastewater, fire station, gas regulator, water supply, green buffer');
