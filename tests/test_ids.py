from generator.ids import slugify, unique_slugs


def test_slugs_are_safe_file_names():
    for name in ["CON", "../x", "a/b\\c", "Émile Zola", "Владимир Путин", "习近平", "🙂", "  ", "aux"]:
        slug = slugify(name)
        assert slug and all(c.isascii() and (c.isalnum() or c == "-") for c in slug), (name, slug)
        assert slug.lower() not in {"con", "aux", "nul", "prn"}


def test_non_latin_names_do_not_collide_and_are_stable():
    assert slugify("Владимир Путин") != slugify("Сергей Лавров")
    assert slugify("Владимир Путин") == slugify("Владимир Путин")


def test_names_that_slug_alike_get_distinct_slugs():
    assert unique_slugs(["Al-Sudani", "Al Sudani", "al sudani"]) == ["al-sudani", "al-sudani-2", "al-sudani-3"]
