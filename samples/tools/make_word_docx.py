#!/usr/bin/env python3
"""Writes samples/word/*.docx as Word itself writes OOXML, not as LibreOffice does:
merged-cells.docx   a section row spanning the table (w:gridSpan), an «Ответственные» cell merged
                    down three rows (w:vMerge restart/continue), a header row marked w:tblHeader;
auto-numbering.docx item and point numbers that exist only as Word numbering: items by w:numPr on
                    the paragraph, points by the numbering of their style («ListNumber»); a bullet
                    list inside a cell, a two-level list «1.», «1.1.».
Standard library only; run from anywhere: python3 samples/tools/make_word_docx.py
samples/word/merged-cells.doc is that DOCX saved as Word 97 by LibreOffice:
  soffice --headless --convert-to 'doc:MS Word 97' --outdir samples/word samples/word/merged-cells.docx"""
import os
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'word')


def run(text, bold=False):
    props = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/></w:rPr>' if bold else \
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr>'
    parts = text.split('\t')
    out = ''
    for i, part in enumerate(parts):
        if i:
            out += f'<w:r>{props}<w:tab/></w:r>'
        if part:
            out += f'<w:r>{props}<w:t xml:space="preserve">{escape(part)}</w:t></w:r>'
    return out


def p(text='', center=False, bold=False, num=None, style=None):
    props = f'<w:pStyle w:val="{style}"/>' if style else ''
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if center:
        props += '<w:jc w:val="center"/>'
    return f'<w:p><w:pPr>{props}</w:pPr>{run(text, bold)}</w:p>'


def tc(content, width, span=1, vmerge=None):
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == 'restart':
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == 'continue':
        props += '<w:vMerge/>'
    if not content.startswith("<w:p>"):
        content = p(content)
    return f'<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>'


def tr(cells, header=False):
    props = '<w:trPr><w:tblHeader/></w:trPr>' if header else ''
    return f'<w:tr>{props}{"".join(cells)}</w:tr>'


def table(widths, rows):
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    borders = ''.join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
            f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>'''


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>
<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>'''


def write(name, body, numbering=False):
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" '
                'w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' if numbering else '')
             + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' if numbering else '')
                + '</Relationships>')
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for entry, data in (('[Content_Types].xml', types), ('_rels/.rels', rels),
                            ('word/_rels/document.xml.rels', doc_rels), ('word/document.xml', document)):
            info = zipfile.ZipInfo(entry, date_time=(2023, 9, 12, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
        if numbering:
            for entry, data in (('word/numbering.xml', NUMBERING), ('word/styles.xml', STYLES)):
                info = zipfile.ZipInfo(entry, date_time=(2023, 9, 12, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data)
    print(path)


def merged_cells():
    widths = [700, 4600, 1800, 2300]
    rows = [
        tr([tc(p('№ п/п', bold=True), 700), tc(p('Мероприятие', bold=True), 4600),
            tc(p('Срок исполнения', bold=True), 1800), tc(p('Ответственные', bold=True), 2300)], header=True),
        tr([tc(p('1. Нормативное правовое обеспечение', bold=True), 9400, span=4)]),
        tr([tc('1.1.', 700), tc('Издание приказа об организации подготовки к государственной итоговой аттестации', 4600),
            tc('сентябрь 2023', 1800), tc('Петрова А.А.', 2300, vmerge='restart')]),
        tr([tc('1.2.', 700), tc('Разработка плана-графика пробных экзаменов', 4600),
            tc('октябрь 2023', 1800), tc('', 2300, vmerge='continue')]),
        tr([tc('1.3.', 700), tc('Ознакомление выпускников и родителей с порядком проведения ГИА', 4600),
            tc('до 30.11.2023', 1800), tc('', 2300, vmerge='continue')]),
        tr([tc(p('2. Работа с педагогическими кадрами', bold=True), 9400, span=4)]),
        tr([tc('2.1.', 700), tc('Семинар для учителей-предметников по критериям оценивания', 4600),
            tc('декабрь 2023', 1800), tc('Иванов И.И.', 2300)]),
        tr([tc('2.2.', 700), tc('Пробный экзамен по математике', 4600),
            tc('февраль-март 2024', 1800), tc('Руководители ОО', 2300)]),
    ]
    body = ''.join([
        p('АДМИНИСТРАЦИЯ ГОРОДА НОВОЗЫБКОВА', center=True, bold=True),
        p('ОТДЕЛ ОБРАЗОВАНИЯ', center=True, bold=True),
        p(), p('ПРИКАЗ', center=True, bold=True), p(),
        p('от 12.09.2023 № 412'),
        p('г. Новозыбков', center=True), p(),
        p('Об утверждении плана мероприятий по подготовке к государственной итоговой аттестации в 2023-2024 учебном году', bold=True),
        p(),
        p('В соответствии с приказом департамента образования Брянской области от 01.09.2023 № 1012 '
          '«Об организации подготовки к государственной итоговой аттестации», в целях качественной подготовки выпускников'),
        p('ПРИКАЗЫВАЮ:'),
        p('1. Утвердить план мероприятий по подготовке к государственной итоговой аттестации (приложение 1).'),
        p('2. Контроль за исполнением приказа оставляю за собой.'),
        p(),
        p('Начальник отдела образования\t\t\tИ.П. Сидорова'),
        p(),
        p('Приложение 1'),
        p('План мероприятий по подготовке к государственной итоговой аттестации в 2023-2024 учебном году', center=True, bold=True),
        table(widths, rows),
        p(),
    ])
    write('merged-cells.docx', body)


def auto_numbering():
    widths = [700, 4900, 1800, 2000]
    item = lambda: p('', num=(2, 0))
    rows = [
        tr([tc(p('№', bold=True), 700), tc(p('Мероприятия', bold=True), 4900),
            tc(p('Сроки', bold=True), 1800), tc(p('Ответственные', bold=True), 2000)], header=True),
        tr([tc(item(), 700), tc('Мониторинг результатов всероссийских проверочных работ', 4900),
            tc('апрель-май 2024', 1800), tc('Смирнова О.В.', 2000)]),
        tr([tc(item(), 700),
            tc(p('Методическое сопровождение школ с низкими результатами:') + p('посещение уроков', num=(3, 0))
               + p('консультации для учителей', num=(3, 0)), 4900),
            tc('в течение учебного года', 1800), tc('Методисты ИМЦ', 2000)]),
        tr([tc(p('', num=(2, 1)), 700), tc('Собеседование с руководителями школ', 4900),
            tc('ноябрь 2023', 1800), tc('Смирнова О.В.', 2000)]),
        tr([tc(item(), 700), tc('Анализ итогов реализации плана', 4900),
            tc('июнь 2024', 1800), tc('Кузнецов П.Р.', 2000)]),
    ]
    body = ''.join([
        p('УПРАВЛЕНИЕ ОБРАЗОВАНИЯ', center=True, bold=True),
        p('АДМИНИСТРАЦИИ КЛИНЦОВСКОГО РАЙОНА', center=True, bold=True),
        p('ПРИКАЗ', center=True, bold=True),
        p('02.10.2023\t\t\t\t\t№ 155'),
        p('Об утверждении дорожной карты по повышению качества образования на 2023-2024 учебный год', bold=True),
        p('В целях повышения качества образования в общеобразовательных организациях района'),
        p('ПРИКАЗЫВАЮ:'),
        p('Утвердить дорожную карту по повышению качества образования на 2023-2024 учебный год (приложение 1).', style='ListNumber'),
        p('Руководителям общеобразовательных организаций обеспечить выполнение мероприятий.', style='ListNumber'),
        p('Контроль за исполнением приказа возложить на заместителя начальника Смирнову О.В.', style='ListNumber'),
        p('Начальник управления образования\t\t\tА.Н. Белов'),
        p('Приложение 1'),
        p('Дорожная карта по повышению качества образования на 2023-2024 учебный год', center=True, bold=True),
        table(widths, rows),
    ])
    write('auto-numbering.docx', body, numbering=True)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    merged_cells()
    auto_numbering()
