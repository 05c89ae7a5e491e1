# Named date formats used by the templates: {{ value|date:"DATE_FORMAT" }}.
DATE_FORMAT = "j F Y"  # 27 October 2020
SHORT_DATE_FORMAT = "d.m.Y"  # 27.10.2020
DATETIME_FORMAT = "j F Y, H:i"  # 27 October 2020, 18:00
TIME_FORMAT = "H:i"
